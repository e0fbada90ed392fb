package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.csv.EvidenceCsv;
import picocli.CommandLine;

/** {@code plsim evidence}: the registry as an aligned table, filtered, with citations, and as CSV. */
class EvidenceCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final EvidenceRegistry registry = EvidenceRegistry.builtIn();

    @TempDir
    Path tmp;

    private int plsim(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theTable_hasARowPerParameter_withAlignedColumns() {
        assertEquals(0, plsim("evidence"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("Evidence registry: " + registry.ids().size() + " of "), lines.get(0));
        assertTrue(lines.get(2).matches("id +central +range \\[low, high] +distribution +unit +grade +sources"),
                lines.get(2));
        List<String> rows = lines.subList(4, lines.size());
        assertEquals(registry.ids(), rows.stream().map(r -> r.split(" +")[0]).toList());
        String row = rows.stream().filter(r -> r.startsWith("implementation.scale_attenuation ")).findFirst().orElseThrow();
        assertTrue(row.matches("implementation\\.scale_attenuation +0\\.5 +\\[0\\.33, 0\\.67] +triangular +share of the "
                + "pilot effect +A +kraft-blazar-hogan-2018, kraft-schueler-falken-2024"), row);
        int unitColumn = lines.get(2).indexOf("distribution");
        rows.forEach(r -> assertEquals(' ', r.charAt(unitColumn - 1), r));
    }

    @Test
    void oneComponent_withItsSources() {
        assertEquals(0, plsim("evidence", "--component", "implementation", "--sources"), err.toString());
        String text = out.toString();
        long implementation = registry.parameters().stream().filter(p -> p.component().equals("implementation"))
                .count();
        assertTrue(implementation >= 4, "scale, pilot, scale size, sustained share at least");
        assertTrue(text.contains(implementation + " of " + registry.ids().size()
                + " parameters, component implementation"), text);
        assertFalse(text.contains("business_as_usual."), text);
        assertTrue(text.contains("kraft-blazar-hogan-2018     A  Kraft, M. A., Blazar, D., & Hogan, D. (2018)."), text);
        assertTrue(text.contains("borman-et-al-2003"), text);
        assertFalse(text.contains("hill-bloom-black-lipsey-2008"), "only the sources the component cites");
    }

    @Test
    void everyGrantComponent_hasParameters() {
        for (String c : List.of("blended_learning", "learning_plans", "competency_progression", "partnerships")) {
            out.getBuffer().setLength(0);
            assertEquals(0, plsim("evidence", "--component", c));
            assertFalse(out.toString().contains("No parameters yet."), c + ": " + out);
        }
    }

    @Test
    void anUnknownComponent_isBadInput() {
        assertEquals(2, plsim("evidence", "--component", "tutoring"));
        assertTrue(err.toString().contains("--component: found 'tutoring', allowed: one of"), err.toString());
    }

    @Test
    void csv_holdsEveryParameterWithItsExactNumbers() throws IOException {
        Path file = tmp.resolve("evidence.csv");
        assertEquals(0, plsim("evidence", "--csv", file.toString()), err.toString());
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
        assertEquals(String.join(",", EvidenceCsv.COLUMNS), Files.readAllLines(file).get(0));
        assertEquals(registry.ids(), records.stream().map(r -> r.get("id")).toList());
        for (CSVRecord r : records) {
            EvidenceParameter p = registry.parameter(r.get("id"));
            assertEquals(p.central(), Double.parseDouble(r.get("central")), p.id());
            assertEquals(p.low(), Double.parseDouble(r.get("low")), p.id());
            assertEquals(p.high(), Double.parseDouble(r.get("high")), p.id());
            assertEquals(String.join("; ", p.sources()), r.get("sources"));
        }
        assertEquals("10000", records.stream().filter(r -> r.get("id").equals("implementation.scale_students"))
                .findFirst().orElseThrow().get("central"));
    }

    /** Before: the CSV was written in place, so a failure part-way left half a file where the old one was. */
    @Test
    void csv_replacesAnEarlierFileWhole_byRenamingANewOneOverIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("evidence.csv"), "an earlier export\n");
        Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assertEquals(0, plsim("evidence", "--component", "costs", "--csv", file.toString()), err.toString());
        Object after = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assertTrue(before != null && !before.equals(after), "a new file renamed over the old, not the old rewritten");
        assertEquals(String.join(",", EvidenceCsv.COLUMNS), Files.readAllLines(file).get(0));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void anUnknownComponent_orACsvInAMissingFolder_isBadInput() {
        assertEquals(2, plsim("evidence", "--component", "blended"));
        assertTrue(err.toString().startsWith("--component: found 'blended', allowed: one of implementation, "), err.toString());
        assertEquals(2, plsim("evidence", "--csv", tmp.resolve("no/such/folder/e.csv").toString()));
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    @Test
    void help_explainsUnitsGradesAndDistributions() {
        assertEquals(0, plsim("evidence", "--help"));
        String help = out.toString().replaceAll("\\s+", " "); // lines wrap anywhere
        for (String words : List.of("student-level standard deviations", "assumption", "triangular", "--uncertainty",
                "--component", "--sources", "--csv")) {
            assertTrue(help.contains(words), words + " in:\n" + help);
        }
    }
}
