package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.files.Sha256;

/**
 * A sweep folder re-runs exactly from its manifest: a small real sweep (a 2 × 2 factorial, 260 students,
 * one year, 2 replicates) gives byte-identical runs.csv and analysis tables and says so, also when it was
 * run in shards and merged (and its manifest predates the kind field); a changed table in the original is
 * caught and named; a recorded sweep that is not its own fingerprint is refused before anything runs.
 */
class SweepRerunTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path original;

    @BeforeAll
    static void aSmallSweep() throws Exception {
        Files.writeString(shared.resolve("tiny.yaml"), """
                title: tiny district
                years: 1
                district:
                  schools:
                    - {name: elementary, count: 1, grades: K-5, students_per_grade: 20}
                    - {name: middle, count: 1, grades: 6-8, students_per_grade: 20}
                    - {name: high, count: 1, grades: 9-12, students_per_grade: 20}
                components:
                  blended_learning:
                    rollout: {schools: [middle]}
                """);
        Path sweeps = Files.createDirectories(shared.resolve("sweeps"));
        Files.writeString(sweeps.resolve("tiny-grid.yaml"), """
                base: ../tiny.yaml
                replicates: 2
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [45, 180]}
                  components.blended_learning.fidelity.peak: {levels: [0.6, 1.0]}
                outputs:
                  measures: [achievement, cost_per_student]
                  subgroups: [all, low_income, not_low_income, prior_q1, prior_q4]
                """);
        original = shared.resolve("original");
        assertEquals(0, Main.execute("sweep", sweeps.resolve("tiny-grid.yaml").toString(), "--out", original.toString(),
                "--quiet"));
    }

    private static List<String> csvsListed(Path folder) throws Exception {
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("files")
                .forEach(f -> names.add(f.get("name").asText()));
        return names.stream().filter(n -> n.endsWith(".csv")).toList();
    }

    @Test
    void aSweep_rerunsByteIdentically_andSaysSo() throws Exception {
        List<String> csvs = csvsListed(original);
        assertTrue(csvs.containsAll(List.of("runs.csv", "design.csv", "summary.csv", "factor_effects.csv")), "" + csvs);
        StringWriter out = new StringWriter();
        Path again = tmp.resolve("again");
        assertEquals(0, RerunCommandTest.rerun(out, original.resolve("manifest.json").toString(), "--out",
                again.toString(), "--threads", "2"), out.toString());
        String said = out.toString();
        assertTrue(said.contains("Re-running sweep tiny-grid (fingerprint "), said);
        assertTrue(said.contains("byte-identical: " + csvs.size() + " of " + csvs.size() + " CSVs match the original"),
                said);
        assertFalse(said.contains("shards and was merged"), "the original ran whole: " + said);
        for (String csv : csvs) {
            assertEquals(Sha256.ofFile(original.resolve(csv)), Sha256.ofFile(again.resolve(csv)), csv);
        }
        JsonNode made = new ObjectMapper().readTree(again.resolve("manifest.json").toFile());
        assertEquals("sweep", made.get("kind").asText());
        assertEquals("rerun", made.get("command_line").get(0).asText(), "the rerun's manifest says what made it");
        assertEquals(Files.readString(original.resolve("sweep.json")), Files.readString(again.resolve("sweep.json")),
                "the same sweep, base path included");
    }

    @Test
    void aShardedAndMergedSweep_rerunsUnsharded_andSaysSo() throws Exception {
        Path sharded = tmp.resolve("sharded");
        String file = shared.resolve("sweeps/tiny-grid.yaml").toString();
        for (String shard : List.of("0/2", "1/2")) {
            assertEquals(0, Main.execute("sweep", file, "--out", sharded.toString(), "--shard", shard, "--quiet"));
        }
        assertEquals(0, Main.execute("merge", sharded.toString()));
        withoutKind(sharded.resolve("manifest.json")); // as written before manifests named their kind
        StringWriter out = new StringWriter();
        assertEquals(0, RerunCommandTest.rerun(out, sharded.toString(), "--out", tmp.resolve("again").toString()),
                out.toString());
        assertTrue(out.toString().contains("The original ran as 2 shards and was merged; this rerun runs unsharded"),
                out.toString());
        assertTrue(out.toString().contains("byte-identical: " + csvsListed(sharded).size() + " of "), out.toString());
    }

    private static void withoutKind(Path manifest) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = (ObjectNode) json.readTree(manifest.toFile());
        m.remove("kind");
        json.writerWithDefaultPrettyPrinter().writeValue(manifest.toFile(), m);
    }

    private Path copyOfOriginal() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        try (var files = Files.list(original)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aRecordedSweepThatIsNotItsFingerprint_orDoesNotRead_isBadInput_andNothingRuns() throws Exception {
        Path copy = copyOfOriginal();
        Path manifest = copy.resolve("manifest.json");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replace("\"seed\" : 20120101", "\"seed\" : 7"));
        StringWriter out = new StringWriter();
        assertEquals(2, RerunCommandTest.rerun(out, manifest.toString(), "--out", tmp.resolve("x").toString()));
        assertTrue(out.toString().contains(manifest + ": fingerprint: found "), out.toString());
        assertTrue(out.toString().contains("allowed: the manifest as plsim sweep wrote it"), out.toString());

        Files.writeString(manifest, text.replace("\"type\" : \"factorial\"", "\"type\" : \"fractal\""));
        out = new StringWriter();
        assertEquals(2, RerunCommandTest.rerun(out, manifest.toString(), "--out", tmp.resolve("x").toString()));
        assertTrue(out.toString().contains("sweep: the sweep it records no longer reads"), out.toString());
        assertTrue(out.toString().contains("fractal"), out.toString());
        assertTrue(Files.notExists(tmp.resolve("x")), "nothing ran");
    }

    @Test
    void changedRunsAndAnalysisTables_inTheOriginal_areCaught_andNamed() throws Exception {
        Path copy = copyOfOriginal();
        for (String table : List.of("runs.csv", "summary.csv")) {
            String text = Files.readString(copy.resolve(table));
            int cut = text.lastIndexOf('\n', text.length() - 2);
            Files.writeString(copy.resolve(table), text.substring(0, cut + 1)); // the last row lost
        }
        StringWriter out = new StringWriter();
        assertEquals(1, RerunCommandTest.rerun(out, copy.resolve("manifest.json").toString(), "--out",
                tmp.resolve("again").toString(), "--no-progress"), out.toString());
        String said = out.toString();
        assertTrue(said.contains("NOT identical: 2 of " + csvsListed(copy).size() + " CSVs differ"), said);
        assertTrue(said.contains("  runs.csv: the original was changed after its manifest was written"), said);
        assertTrue(said.contains("  summary.csv: the original was changed after its manifest was written"), said);
        assertFalse(said.contains("design.csv:"), "an unchanged table is not named: " + said);
    }
}
