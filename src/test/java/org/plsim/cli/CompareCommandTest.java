package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code plsim compare} from the top-level command on real scenario files: a 720-student district, 2 years,
 * 3 replicates, plan A with a little extra math practice and plan B with more.
 */
class CompareCommandTest {
    static final String PLAN_A = """
            title: A small district with a little extra math practice
            years: 2
            replicates: 3
            seed: 5
            district:
              name: Test Unified
              schools:
                - name: elementary
                  count: 2
                  grades: K-5
                  students_per_grade: 40
                - name: middle
                  count: 1
                  grades: 6-8
                  students_per_grade: 80
            components:
              extra_practice:
                sd_per_week: 0.002
            """;
    static final String PLAN_B = PLAN_A.replace("a little extra", "more").replace("sd_per_week: 0.002",
            "sd_per_week: 0.004").replace("seed: 5", "seed: 9");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int plsim(String... args) {
        CommandLine cli = Main.commandLine().setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void twoPlans_writeTheTableChartsAndManifest_andBRanOnAsSeed() throws IOException {
        Path a = file("a.yaml", PLAN_A);
        Path b = file("b.yaml", PLAN_B);

        int exit = plsim("compare", a.toString(), b.toString(), "--results-dir", tmp.resolve("results").toString(),
                "--no-progress");

        assertEquals(0, exit, err.toString());
        List<Path> runs = list(tmp.resolve("results/compare/a-vs-b"));
        assertEquals(1, runs.size());
        Path folder = runs.get(0);
        assertTrue(folder.getFileName().toString().matches("\\d{8}-\\d{6}-seed5"), folder.toString());
        assertEquals(List.of("comparison.csv", "comparison.svg", "manifest.json", "trajectory-math.svg",
                "trajectory-reading.svg"), list(folder).stream().map(p -> p.getFileName().toString()).toList());

        List<CSVRecord> rows = csv(folder.resolve("comparison.csv"));
        CSVRecord math2 = row(rows, "2", "math");
        assertTrue(Double.parseDouble(math2.get("difference")) > 0, "more practice, more math: " + math2);
        assertTrue(Double.parseDouble(math2.get("difference_ci_low")) > 0, "and the paired interval resolves it");
        assertTrue(Double.parseDouble(math2.get("narrowing")) > 1, math2.toString());
        assertEquals("3", math2.get("n_replicates"));

        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals("compare", manifest.get("kind").asText());
        assertEquals(5, manifest.get("root_seed").asLong());
        assertEquals(3, manifest.get("run_seeds").size());
        assertEquals("seed", manifest.get("b_took_from_a").get(0).get("field").asText());
        assertEquals(9, manifest.get("b_took_from_a").get(0).get("in_file").asLong());
        assertEquals(5, manifest.get("plan_b").get("scenario").get("seed").asLong(), "B's resolved scenario as run");
        assertEquals(b.toString(), manifest.get("plan_b").get("scenario_source").asText());
        assertEquals(0.004, manifest.get("plan_b").get("scenario").get("components").get("extra_practice")
                .get("sd_per_week").asDouble());
        assertEquals(4, manifest.get("files").size());
        assertTrue(manifest.get("registry_sha256").asText().matches("[0-9a-f]{64}"));

        String summary = out.toString();
        assertTrue(summary.contains("B's file names seed 9; B ran with A's, 5,"), summary);
        assertTrue(summary.contains("B: the same district"), summary);
        assertTrue(summary.matches("(?s).*Year 2 math: B - A = \\+0\\.\\d{3} SD \\[\\+0\\.\\d{3}, \\+0\\.\\d{3}\\]; "
                + "the paired interval \\(\\+/- 0\\.\\d{3}\\) is \\d+\\.\\dx narrower than two separate intervals.*"),
                summary);
        assertEquals("", err.toString());
        String svg = Files.readString(folder.resolve("comparison.svg"));
        assertTrue(svg.startsWith("<svg role=\"img\"") && svg.contains(">difference B − A (student-level SD)</text>"));
    }

    @Test
    void theSameFileTwice_differsByExactlyZero() throws IOException {
        Path a = file("a.yaml", PLAN_A);

        int exit = plsim("compare", a.toString(), a.toString(), "--out", tmp.resolve("same").toString());

        assertEquals(0, exit, err.toString());
        for (CSVRecord r : csv(tmp.resolve("same/comparison.csv"))) {
            for (String column : List.of("difference", "difference_sd", "difference_ci_low", "difference_ci_high")) {
                assertEquals(0.0, Double.parseDouble(r.get(column)), r.toString());
            }
            assertEquals(r.get("a_effect"), r.get("b_effect"));
        }
        assertTrue(out.toString().contains("Year 2 math: A and B gave the same effect in every replicate, "
                + "B - A = +0.000 SD exactly."), out.toString());
        assertFalse(out.toString().contains("B's file names"), "nothing of B's file was replaced");
    }

    @Test
    void aComparisonFolder_isReMadeByteForByteFromItsManifest() throws IOException {
        Path a = file("a.yaml", PLAN_A);
        Path b = file("b.yaml", PLAN_B);
        assertEquals(0, plsim("compare", a.toString(), b.toString(), "--out", tmp.resolve("c").toString(), "-q"),
                err.toString());

        int exit = plsim("rerun", tmp.resolve("c/manifest.json").toString(), "--out", tmp.resolve("again").toString(),
                "--no-progress");

        assertEquals(0, exit, out + err.toString());
        assertTrue(out.toString().contains("byte-identical: 1 of 1 CSVs match the original"), out.toString());
    }

    @Test
    void differentDistricts_areCompared_andTheSummarySaysSo() throws IOException {
        Path a = file("a.yaml", PLAN_A);
        Path b = file("b.yaml", PLAN_B.replace("count: 2", "count: 1"));

        assertEquals(0, plsim("compare", a.toString(), b.toString(), "--out", tmp.resolve("c").toString(), "--seed",
                "11", "--replicates", "2"), err.toString());

        assertTrue(out.toString().contains("B: 480 students in 2 schools: a different district"), out.toString());
        assertTrue(out.toString().contains("2 replicates from root seed 11"), out.toString());
    }

    @Test
    void badInputInEitherFile_listsEveryProblemWithItsLine_exits2_andWritesNothing() throws IOException {
        Path a = file("a.yaml", PLAN_A.replace("  name: Test Unified", "  name: Test Unified\n  class_size: 0"));
        Path b = file("b.yaml", PLAN_B.replace("years: 2", "years: 40"));

        int exit = plsim("compare", a.toString(), b.toString(), "--results-dir", tmp.resolve("results").toString());

        assertEquals(2, exit);
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(a + ":7: district.class_size: found 0")),
                err.toString());
        assertTrue(lines.contains(b + ":2: years: found 40, allowed: a whole number from 1 to 12"), err.toString());
        assertFalse(Files.exists(tmp.resolve("results")));
        assertEquals("", out.toString());
    }

    @Test
    void aMissingFileOrBadYaml_isExit2_andWritesNothing() throws IOException {
        Path a = file("a.yaml", PLAN_A);
        Path broken = file("broken.yaml", "years: [2\n");

        assertEquals(2, plsim("compare", a.toString(), tmp.resolve("nope.yaml").toString(), "--results-dir",
                tmp.resolve("results").toString()));
        assertTrue(err.toString().contains("nope.yaml"), err.toString());
        assertEquals(2, plsim("compare", broken.toString(), a.toString(), "--results-dir",
                tmp.resolve("results").toString()));
        assertTrue(err.toString().contains(broken + ":"), err.toString());
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    @Test
    void anOccupiedOutFolder_isRefused_exit2() throws IOException {
        Path a = file("a.yaml", PLAN_A);
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep\n");

        assertEquals(2, plsim("compare", a.toString(), a.toString(), "--out", mine.toString()));

        assertTrue(err.toString().contains("--out: found " + mine), err.toString());
        assertEquals(List.of("notes.txt"), list(mine).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void help_namesTheUnitsAndWhatBTakesFromA() {
        assertEquals(0, plsim("compare", "--help"));

        String help = out.toString();
        assertTrue(help.contains("student-level SD") && help.contains("95% CIs") && help.contains("seed, replicates"),
                help);
    }

    private static CSVRecord row(List<CSVRecord> rows, String year, String subject) {
        return rows.stream().filter(r -> r.get("year").equals(year) && r.get("subject").equals(subject)
                && r.get("grade").equals("all") && r.get("subgroup").equals("all")
                && r.get("measure").equals("achievement")).findFirst().orElseThrow();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }
}
