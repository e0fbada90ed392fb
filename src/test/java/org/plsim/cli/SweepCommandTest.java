package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.files.Sha256;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepRecord;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.HandMadeSweep;
import org.plsim.workflow.sweep.SweepOutputs;
import picocli.CommandLine;

/** {@code plsim sweep}, {@code merge} and {@code status} with a sweep built in Java: exit codes and messages. */
class SweepCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final HandMadeSweep PLAN = HandMadeSweep.of(2, 0.0, 0.008);

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<SweepRecord> analysed = new ArrayList<>();
    private final SweepOutputs analysis = (folder, plan, record) -> {
        assertTrue(Files.exists(folder.resolve("runs.csv")), "the analysis comes after the merge");
        analysed.add(record);
        Files.writeString(folder.resolve("summary.csv"), "analysed " + record.runs() + " runs\n");
        return null;
    };

    private int execute(Callable<Integer> command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int sweep(SweepPlan plan, Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("sweep.yaml", "--results-dir", tmp.toString(), "--quiet"));
        all.addAll(List.of(args));
        return execute(new SweepCommand((file, progress) -> plan, analysis, ComponentRegistry::discover, env, CLOCK),
                all.toArray(String[]::new));
    }

    private int sweep(String... args) {
        return sweep(PLAN, Map.of(), args);
    }

    private int merge(String... args) {
        return execute(new MergeCommand((file, progress) -> PLAN, analysis), args);
    }

    private Path root() {
        return tmp.resolve(PLAN.sweepId());
    }

    @Test
    void aSweep_runsMergesAndAnalyses_intoResultsDirBySweepId() throws Exception {
        assertEquals(0, sweep("--threads", "2"), err.toString());
        assertEquals(root().toString(), out.toString().trim());
        assertTrue(Files.exists(root().resolve("runs.csv")) && Files.exists(root().resolve("design.csv")));
        assertEquals(1, analysed.size());
        SweepRecord r = analysed.get(0);
        assertEquals(List.of(2, 2), r.replicatesByPoint());
        assertEquals("fixed", r.stopped());
        assertEquals(2, r.threads());
        assertEquals(1, r.shards());
        assertEquals("sweep.yaml", r.sweepFile());
        assertTrue(r.treatmentModelSeconds() > 0 && r.wallSeconds() > 0);
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), r.startedAt());
        assertEquals("analysed 4 runs\n", Files.readString(root().resolve("summary.csv")));
        JsonNode manifest = new ObjectMapper().readTree(root().resolve("manifest.json").toFile());
        assertEquals(PLAN.fingerprint(), manifest.get("fingerprint").asText());
        assertEquals("2024-01-02T03:04:05Z", manifest.get("created_at").asText());
        List<String> listed = new ArrayList<>();
        manifest.get("files").forEach(f -> listed.add(f.get("name").asText()));
        assertEquals(List.of("design.csv", "replicates.json", "runs.csv", "summary.csv", "sweep.json"), listed);
        assertEquals(Sha256.ofFile(root().resolve("runs.csv")), manifest.get("files").get(2).get("sha256").asText());
        try (Stream<Path> left = Files.list(root())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging left");
        }
    }

    @Test
    void aFailingAnalysis_exitsOne_keepsTheMergedRuns_andLeavesNoHalfFile() throws Exception {
        SweepOutputs failing = (folder, plan, record) -> {
            Files.writeString(folder.resolve("summary.csv"), "half");
            throw new IOException("disk full");
        };
        assertEquals(1, execute(new SweepCommand((file, progress) -> PLAN, failing, ComponentRegistry::discover, Map.of(), CLOCK),
                "sweep.yaml", "--results-dir", tmp.toString(), "--quiet"));
        assertTrue(err.toString().contains("the analysis failed"), err.toString());
        assertTrue(Files.exists(root().resolve("runs.csv")));
        assertFalse(Files.exists(root().resolve("summary.csv")));
        assertFalse(Files.exists(root().resolve("manifest.json")));
        try (Stream<Path> left = Files.list(root())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging left");
        }
        byte[] merged = Files.readAllBytes(root().resolve("runs.csv"));
        assertEquals(2, execute(new MergeCommand((file, progress) -> {
            throw new UnsupportedOperationException("no reader");
        }, analysis), root().toString()), "no sweep to analyse with: refused, nothing written");
        assertTrue(err.toString().contains("no reader") && err.toString().contains("nothing written"), err.toString());
        assertArrayEquals(merged, Files.readAllBytes(root().resolve("runs.csv")));
        assertEquals(0, merge(root().toString()), err.toString());
        assertTrue(Files.exists(root().resolve("manifest.json")));
    }

    @Test
    void again_withoutResume_isRefused_withResume_changesNothing() throws Exception {
        assertEquals(0, sweep());
        byte[] runs = Files.readAllBytes(root().resolve("runs.csv"));
        assertEquals(2, sweep());
        assertTrue(err.toString().contains(root() + " exists; use --resume to finish that sweep or --out for a new folder"),
                err.toString());
        assertEquals(0, sweep("--resume"), err.toString());
        assertArrayEquals(runs, Files.readAllBytes(root().resolve("runs.csv")));
    }

    @Test
    void shards_thenStatusAndMerge_nameTheMissingShard_untilItRuns() throws Exception {
        Path dir = tmp.resolve("split");
        assertEquals(0, sweep("--out", dir.toString(), "--shard", "0/2"), err.toString());
        assertTrue(analysed.isEmpty(), "a shard does not merge");
        assertEquals(2, sweep("--out", dir.toString(), "--status"));
        assertTrue(out.toString().contains("missing shards: 1/2"), out.toString());

        assertEquals(2, merge(dir.toString()));
        assertTrue(err.toString().contains("plsim sweep sweep.yaml --shard 1/2 --resume --out " + dir), err.toString());
        assertFalse(Files.exists(dir.resolve("runs.csv")));

        assertEquals(0, sweep(PLAN, Map.of("SLURM_ARRAY_TASK_ID", "1"), "--out", dir.toString(), "--shard", "auto/2"),
                err.toString());
        assertTrue(Files.exists(dir.resolve("shards/runs-1-of-2.csv")));
        assertEquals(0, execute(new StatusCommand(), dir.toString()));
        assertEquals(0, merge(dir.toString()), err.toString());
        assertTrue(Files.exists(dir.resolve("runs.csv")));
        assertEquals(1, analysed.size());
        assertEquals(2, analysed.get(0).shards());
        assertTrue(Double.isNaN(analysed.get(0).wallSeconds()), "no one wall clock over shards");
    }

    @Test
    void aFolderOfAnotherSweep_isRefused() {
        assertEquals(0, sweep());
        assertEquals(2, sweep(PLAN.withSeed(7), Map.of(), "--resume"));
        assertTrue(err.toString().contains("not this sweep"), err.toString());
        assertEquals(2, sweep(PLAN.withSeed(7), Map.of(), "--status"));
    }

    @Test
    void badArguments_exitTwo_withWhatIsAllowed() {
        assertEquals(2, sweep("--threads", "0"));
        assertEquals(2, sweep("--shard", "2/2"));
        assertEquals(2, sweep("--shard", "auto/4"));
        assertTrue(err.toString().contains("SLURM_ARRAY_TASK_ID"), err.toString());
        HandMadeSweep adaptive = PLAN.withReplicates(new Replicates(2, new Replicates.Adaptive(Measure.ACHIEVEMENT,
                Subject.MATH, Subgroup.ALL, 1, 0.01, 4, 2)));
        assertEquals(2, sweep(adaptive, Map.of(), "--shard", "0/2"));
        assertTrue(err.toString().contains("adaptive replicates"), err.toString());
        assertEquals(2, execute(new StatusCommand(), tmp.resolve("nothing").toString()));
        assertEquals(2, merge(tmp.toString()));
    }

    @Test
    void everyCommandHasHelp_andTheProductionSeamReadsSweepFiles() {
        for (String command : new String[] {"sweep", "merge", "status"}) {
            assertEquals(0, Main.execute(command, "--help"), command);
        }
        StringWriter e = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(e, true));
        assertEquals(2, cli.execute("sweep", tmp.resolve("any.yaml").toString()));
        assertTrue(e.toString().contains("any.yaml"), "names the missing file: " + e);
    }
}
