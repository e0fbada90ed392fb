package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plsim cluster} without a scheduler: planning, its checks, and where the folder's status points. */
class ClusterCommandTest {
    @TempDir
    Path tmp;

    private Path tinySweep() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: tiny district
                years: 1
                replicates: 2
                district:
                  name: Tiny
                  schools:
                    - {name: elementary, count: 1, grades: K-2, students_per_grade: 10}
                """);
        return Files.writeString(tmp.resolve("tiny-sweep.yaml"), """
                title: tiny sweep
                base: base.yaml
                replicates: 2
                design: factorial
                factors:
                  district.schools[0].students_per_grade: {levels: [10, 12]}
                """);
    }

    private Path settings(String... lines) throws IOException {
        return Files.writeString(tmp.resolve("site.conf"), String.join("\n", lines) + "\n");
    }

    @Test
    void plan_writesBothScriptsInTheSweepsFolder_andSaysWhy() throws IOException {
        Path file = tinySweep();
        Path root = tmp.resolve("out");
        InProcessCli plan = InProcessCli.run("cluster", "plan", file.toString(), "--out", root.toString(),
                "--settings", settings("plsim = /opt/plsim/plsim", "setup = module load java/17").toString());
        assertEquals(0, plan.exit(), plan.said());
        assertTrue(plan.said().contains("--cpus-per-task=4") && plan.said().contains("--time=00:10:00")
                && plan.said().contains("1 shard (array task 0)") && plan.said().contains("--mem=1024M"), plan.said());
        String array = Files.readString(root.resolve("cluster/array.sbatch"));
        assertTrue(array.contains("module load java/17\n") && array.contains("exec /opt/plsim/plsim sweep "
                + file.toAbsolutePath() + " --out " + root.toAbsolutePath() + " --shard auto/1"), array);
        assertTrue(Files.isDirectory(root.resolve("cluster/logs")));
        assertTrue(Files.readString(root.resolve("cluster/merge.sbatch")).contains("merge " + root.toAbsolutePath()));
        // A shard can still start in the planned folder, which holds only cluster/ so far.
        InProcessCli shard = InProcessCli.run("sweep", file.toString(), "--out", root.toString(), "--shard", "0/1",
                "--quiet");
        assertEquals(0, shard.exit(), shard.said());
    }

    @Test
    void badOptionsAndSettings_sayWhatToFix_andWriteNothing() throws IOException {
        Path file = tinySweep();
        Path root = tmp.resolve("out");
        Path ok = settings("plsim = /opt/plsim/plsim");
        InProcessCli many = InProcessCli.run("cluster", "plan", file.toString(), "--out", root.toString(),
                "--shards", "5", "--settings", ok.toString());
        assertEquals(2, many.exit());
        assertTrue(many.said().contains("--shards: found 5, allowed: 1 to 4 (the sweep's paired runs)"), many.said());
        InProcessCli negative = InProcessCli.run("cluster", "plan", file.toString(), "--out", root.toString(),
                "--cpus-per-task", "-2", "--settings", ok.toString());
        assertEquals(2, negative.exit());
        assertTrue(negative.said().contains("--cpus-per-task: found -2, allowed: 1 to 1024 CPUs"), negative.said());
        Path typo = settings("plsim = /opt/plsim/plsim", "acount = edu-1");
        InProcessCli bad = InProcessCli.run("cluster", "plan", file.toString(), "--out", root.toString(),
                "--settings", typo.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.said().contains(typo + ":2: acount: found an unknown key, allowed: key = value with a key "
                + "of setup, partition, account"), bad.said());
        assertFalse(Files.exists(root), "nothing written");
    }

    @Test
    void withoutTheLauncher_planAsksWhichCommandStartsPlsim() throws IOException {
        InProcessCli plan = InProcessCli.run("cluster", "plan", tinySweep().toString(), "--out",
                tmp.resolve("out").toString(), "--settings", settings("partition = short").toString());
        assertEquals(2, plan.exit());
        assertTrue(plan.said().contains("allowed: ./plsim cluster plan …, or plsim = COMMAND in the settings file"),
                plan.said());
    }

    @Test
    void aFolderNeverPlanned_isRefusedBySubmitResubmitAndStatus() {
        for (String step : List.of("submit", "resubmit", "status")) {
            InProcessCli said = InProcessCli.run("cluster", step, tmp.toString());
            assertEquals(2, said.exit(), step);
            assertTrue(said.said().contains("no cluster plan (no cluster/plan.properties)"), said.said());
        }
    }

    @Test
    void statusOfAPlannedFolder_givesTheCommandsAsLaunched_andTheSbatchLine() throws IOException {
        Path file = tinySweep();
        Path root = tmp.resolve("out");
        assertEquals(0, InProcessCli.run("cluster", "plan", file.toString(), "--out", root.toString(), "--shards",
                "4", "--settings", settings("plsim = /opt/plsim/plsim", "max_parallel = 2").toString()).exit());
        assertEquals(0, InProcessCli.run("sweep", file.toString(), "--out", root.toString(), "--shard", "1/4",
                "--quiet").exit());
        System.setProperty("plsim.invoked", "./plsim");
        try {
            InProcessCli status = InProcessCli.run("status", root.toString());
            assertEquals(2, status.exit());
            assertTrue(status.said().contains("  ./plsim sweep " + file.toAbsolutePath() + " --shard 0/4 --resume"),
                    status.said());
            assertTrue(status.said().contains("./plsim cluster resubmit " + root)
                    && status.said().contains("sbatch --array=0,2-3%2 " + root.toAbsolutePath()
                    + "/cluster/array.sbatch"), status.said());
            InProcessCli merge = InProcessCli.run("merge", root.toString());
            assertEquals(2, merge.exit());
            assertTrue(merge.said().contains("./plsim sweep ") && merge.said().contains("sbatch --array=0,2-3%2 "),
                    merge.said());
        } finally {
            System.clearProperty("plsim.invoked");
        }
    }

    @Test
    void anEmptyThreadsValue_usesTheProcessorsWithANote() throws IOException {
        Path file = tinySweep();
        InProcessCli sweep = InProcessCli.run("sweep", file.toString(), "--out", tmp.resolve("o").toString(),
                "--shard", "0/2", "--threads", "", "--quiet");
        assertEquals(0, sweep.exit(), sweep.said());
        assertTrue(sweep.said().contains("note: --threads was given empty") && sweep.said().contains("using this "
                + "machine's " + Runtime.getRuntime().availableProcessors() + " processors"), sweep.said());
        InProcessCli word = InProcessCli.run("sweep", file.toString(), "--threads", "four");
        assertEquals(2, word.exit());
        assertTrue(word.said().contains("found 'four', allowed: a whole number of at least 1"), word.said());
    }

    @Test
    void aShardOfThisSplitHoldingRunsOfAnother_isNotCalledNotStarted() throws IOException {
        Path file = tinySweep();
        Path root = tmp.resolve("mixed");
        for (String shard : List.of("0/3", "0/2")) { // 0/3 does runs 0 and 3; 0/2 runs 0 and 2
            assertEquals(0, InProcessCli.run("sweep", file.toString(), "--out", root.toString(), "--shard", shard,
                    "--resume", "--quiet").exit());
        }
        InProcessCli status = InProcessCli.run("status", root.toString());
        assertTrue(status.said().contains("shard 1/2: 1 of 2 runs, INCOMPLETE (not started under this split; its "
                + "runs so far were done by shards of another split)"), status.said());
        assertFalse(status.said().contains("NOT STARTED"), status.said());
    }
}
