package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.files.Sha256;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.manifest.SweepManifest;
import org.plsim.workflow.rerun.RerunKind;
import org.plsim.workflow.rerun.RerunKinds;
import picocli.CommandLine;

/**
 * A run folder re-runs exactly from its manifest (also one written before manifests named their kind), a
 * changed record is caught, and what is not a manifest of a known kind is refused before anything runs.
 */
class RerunCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** One run with a component, made once for the tests that need a real run folder. */
    private static Path original;

    @BeforeAll
    static void aRun() {
        original = shared.resolve("original");
        assertEquals(0, Main.execute("run", "scenarios/components/learning_plans.yaml", "--replicates", "2",
                "--out", original.toString(), "--quiet", "--no-progress"));
    }

    static int rerun(StringWriter out, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        String[] all = new String[args.length + 1];
        all[0] = "rerun";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    /** A copy of the original run folder, to change without spoiling it for the other tests. */
    private Path copyOfOriginal() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        try (var files = Files.list(original)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aRunWithAComponent_rerunsByteIdentically_andSaysSo() throws Exception {
        assertEquals("run", new ObjectMapper().readTree(original.resolve("manifest.json").toFile()).get("kind").asText());
        StringWriter out = new StringWriter();
        Path again = tmp.resolve("again");
        assertEquals(0, rerun(out, original.resolve("manifest.json").toString(), "--out", again.toString(),
                "--no-progress"), out.toString());
        assertTrue(out.toString().contains("byte-identical: 4 of 4 CSVs match the original"), "[" + out + "]");
        assertTrue(out.toString().contains("Rerun in " + again), out.toString());
        assertTrue(Files.exists(again.resolve("effects.csv")));
        for (String page : List.of("report.html", "effects.svg")) { // no clock, path or machine in them
            assertArrayEquals(Files.readAllBytes(original.resolve(page)), Files.readAllBytes(again.resolve(page)), page);
        }
    }

    @Test
    void aManifestFromBeforeKinds_isToldByItsShape_andRerunsTheSame() throws Exception {
        Path old = copyOfOriginal();
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(old.resolve("manifest.json").toFile());
        manifest.remove("kind");
        json.writerWithDefaultPrettyPrinter().writeValue(old.resolve("manifest.json").toFile(), manifest);
        StringWriter out = new StringWriter();
        assertEquals(0, rerun(out, old.toString(), "--out", tmp.resolve("again").toString(), "--no-progress"),
                out.toString());
        assertTrue(out.toString().contains("byte-identical: 4 of 4 CSVs"), out.toString());
    }

    /** The original's manifest with one field edited, rerun: exit 2, naming the field and the manifest. */
    private void refusedWhenEdited(String field, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path copy = copyOfOriginal();
        Path manifest = copy.resolve("manifest.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(manifest.toFile());
        edit.accept(tree);
        json.writerWithDefaultPrettyPrinter().writeValue(manifest.toFile(), tree);
        StringWriter out = new StringWriter();
        assertEquals(2, rerun(out, manifest.toString(), "--out", tmp.resolve("again").toString(), "--no-progress"),
                out.toString());
        assertTrue(out.toString().contains(manifest + ": " + field + ": found "), field + " named: " + out);
        assertTrue(!out.toString().contains("byte-identical"), out.toString());
        org.plsim.io.files.ResultFolder.deleteTree(copy);
        org.plsim.io.files.ResultFolder.deleteTree(tmp.resolve("again"));
    }

    @Test
    void anEditedSeedReplicateCountOrRunSeed_isRefused_namingTheField() throws Exception {
        refusedWhenEdited("root_seed", m -> m.put("root_seed", m.get("root_seed").asLong() + 1));
        refusedWhenEdited("replicates", m -> m.put("replicates", 3));
        refusedWhenEdited("run_seeds[1]", m -> ((com.fasterxml.jackson.databind.node.ArrayNode) m.get("run_seeds"))
                .set(1, m.get("run_seeds").get(1).asLong() + 1));
    }

    @Test
    void anEditedScenarioHashOrEvidenceValue_isRefused_namingTheField() throws Exception {
        refusedWhenEdited("scenario_sha256", m -> m.put("scenario_sha256", "0".repeat(64)));
        ObjectNode values = (ObjectNode) new ObjectMapper().readTree(original.resolve("manifest.json").toFile())
                .get("evidence").get("replicates").get(1).get("values");
        String id = values.fieldNames().next();
        refusedWhenEdited("evidence.replicates[1].values." + id, m -> ((ObjectNode) m.get("evidence").get("replicates")
                .get(1).get("values")).put(id, values.get(id).asDouble() + 0.01));
        refusedWhenEdited("evidence.replicates[0].run_seed", m -> ((ObjectNode) m.get("evidence").get("replicates")
                .get(0)).put("run_seed", 7));
    }

    @Test
    void anEditedCost_isRefusedOnceTheRunIsRemade_namingTheField() throws Exception {
        refusedWhenEdited("costs", m -> ((ObjectNode) m.get("costs")).put("students", 1));
    }

    @Test
    void aChangedRecord_isCaught_namingTheTable() throws Exception {
        Path copy = copyOfOriginal();
        Path manifest = copy.resolve("manifest.json");
        String sha = Sha256.ofFile(copy.resolve("effects.csv"));
        Files.writeString(manifest, Files.readString(manifest).replace(sha, "0".repeat(64)));
        StringWriter out = new StringWriter();
        assertEquals(1, rerun(out, manifest.toString(), "--out", tmp.resolve("again").toString(), "--no-progress"));
        assertTrue(out.toString().contains("NOT identical: 1 of 4 CSVs differ"), out.toString());
        assertTrue(out.toString().contains("effects.csv: the manifest's SHA-256 matches neither"), out.toString());
    }

    @Test
    void whatIsNotAManifestOfAKnownKind_isBadInput_namingTheFileAndWhatIsAllowed() throws Exception {
        StringWriter out = new StringWriter();
        Path missing = tmp.resolve("missing.json");
        assertEquals(2, rerun(out, missing.toString()));
        assertTrue(out.toString().contains(missing + ": no such file; allowed: the manifest.json of a folder made by "
                + "plsim run, plsim sweep, plsim reproduce, plsim calibrate or plsim compare (kind: run, sweep, reproduce, "
                + "calibrate, compare)"), out.toString());

        Path unknown = Files.writeString(tmp.resolve("tutor.json"), "{\"kind\": \"tutor\", \"files\": []}");
        out = new StringWriter();
        assertEquals(2, rerun(out, unknown.toString()));
        assertTrue(out.toString().contains(unknown + ": kind: found 'tutor', allowed: run, sweep, reproduce, calibrate"), out.toString());

        Path shapeless = Files.writeString(tmp.resolve("x.json"), "{\"a\": 1}");
        out = new StringWriter();
        assertEquals(2, rerun(out, shapeless.toString()));
        assertTrue(out.toString().contains(shapeless + ": found no kind, and not the fields of a run's or a sweep's "
                + "manifest"), out.toString());

        Path notJson = Files.writeString(tmp.resolve("manifest.json"), "this is not JSON");
        out = new StringWriter();
        assertEquals(2, rerun(out, tmp.toString()));
        assertTrue(out.toString().contains(notJson + ": cannot be read as JSON"), out.toString());
    }

    @Test
    void anOriginalMissingATable_orAnOccupiedOut_isBadInput_andNothingRuns() throws Exception {
        Path copy = copyOfOriginal();
        Files.delete(copy.resolve("summary.csv"));
        StringWriter out = new StringWriter();
        assertEquals(2, rerun(out, copy.resolve("manifest.json").toString(), "--out", tmp.resolve("x").toString()));
        assertTrue(out.toString().contains(copy.resolve("summary.csv") + ": missing"), out.toString());
        assertTrue(Files.notExists(tmp.resolve("x")), "nothing ran");

        Path occupied = Files.createDirectories(tmp.resolve("occupied"));
        Files.writeString(occupied.resolve("keep.txt"), "mine");
        out = new StringWriter();
        assertEquals(2, rerun(out, original.toString(), "--out", occupied.toString()));
        assertTrue(out.toString().contains("--out: found " + occupied + ", which exists"), out.toString());
        assertEquals(2, rerun(out, original.toString(), "--threads", "0"));
    }

    @Test
    void theKinds_haveDistinctNames_includingWhatRunsAndSweepsWrite() {
        List<String> names = RerunKinds.ALL.stream().map(RerunKind::name).toList();
        assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
        assertTrue(names.contains(Manifest.KIND) && names.contains(SweepManifest.KIND), names.toString());
        assertEquals(0, Main.execute("rerun", "--help"));
    }
}
