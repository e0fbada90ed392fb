package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.testing.LoopbackSlurm;
import org.plsim.testing.SystemPackages;

/**
 * A sweep on a real Slurm (a one-node cluster on 127.0.0.1, started and stopped here): plan, submit with one array
 * task made to fail, the merge naming what is missing, resubmit, and a merged runs.csv byte-identical to one
 * machine's. Without Slurm installed it is skipped (and fails with CI set; .ci/run installs slurm-wlm and munge).
 */
class SlurmClusterTest {
    @TempDir
    Path tmp;

    @Test
    void aSweepWithAFailedTask_resubmitted_mergesByteIdenticalToOneMachine() throws Exception {
        LoopbackSlurm.missingProgram().ifPresent(p -> SystemPackages.missing("real-Slurm test", p + " is not "
                + "installed (apt-get install --no-install-recommends slurm-wlm munge)"));
        Path file = tinySweep();
        Path one = tmp.resolve("one");
        assertEquals(0, InProcessCli.run("sweep", file.toString(), "--out", one.toString(), "--quiet").exit());
        long t0 = System.nanoTime();
        Path root = tmp.resolve("on-slurm");
        Path failedOnce = tmp.resolve("failed-once");
        Path settings = Files.writeString(tmp.resolve("cluster.conf"), String.join("\n",
                "# this test's site: PLSim from the test class path, one CPU a task, shard 1 fails its first time",
                "plsim = " + plsim(),
                "cpus_per_task = 1",
                "setup = if [ \"$SLURM_ARRAY_TASK_ID\" = 1 ] && [ ! -e " + failedOnce + " ]; then touch "
                        + failedOnce + "; echo 'made to fail once' >&2; exit 3; fi", ""));
        try (LoopbackSlurm slurm = LoopbackSlurm.start(Files.createDirectories(tmp.resolve("slurm")))) {
            long daemons = System.nanoTime();
            InProcessCli plan = InProcessCli.run("cluster", "plan", file.toString(), "--out", root.toString(),
                    "--shards", "2", "--settings", settings.toString());
            assertEquals(0, plan.exit(), plan.said());
            String array = Files.readString(root.resolve("cluster/array.sbatch"));
            assertTrue(array.contains("--shard auto/2") && array.contains("#SBATCH --requeue")
                    && array.contains("#SBATCH --output=" + root.toAbsolutePath() + "/cluster/logs/"), array);

            Said submit = plsim(slurm, "cluster", "submit", root.toString());
            assertEquals(0, submit.exit(), submit.text());
            assertTrue(slurm.awaitEmptyQueue(180), "the array and merge ended: " + slurm.run("squeue"));
            long firstCycle = System.nanoTime();
            assertTrue(Files.exists(failedOnce), "shard 1 was made to fail");
            assertFalse(Files.exists(root.resolve("runs.csv")), "no merge while shard 1 is missing");
            String mergeLog = logs(root, "merge-");
            assertTrue(mergeLog.contains("shard 1/2: 0 of 2 runs, NOT STARTED")
                    && mergeLog.contains("sbatch --array=1 ") && mergeLog.contains("cluster resubmit"), mergeLog);
            Said status = plsim(slurm, "cluster", "status", root.toString());
            assertEquals(2, status.exit(), status.text());
            assertTrue(status.text().contains("missing shards: 1/2") && status.text().contains("squeue"),
                    status.text());

            Said resubmit = plsim(slurm, "cluster", "resubmit", root.toString());
            assertEquals(0, resubmit.exit(), resubmit.text());
            assertTrue(resubmit.text().contains("(shards 1 of 2)"), resubmit.text());
            assertTrue(slurm.awaitEmptyQueue(180), "the resubmitted shard and merge ended: " + slurm.run("squeue"));
            assertTrue(Files.exists(root.resolve("runs.csv")), logs(root, ""));
            assertArrayEquals(Files.readAllBytes(one.resolve("runs.csv")), Files.readAllBytes(root.resolve("runs.csv")),
                    "runs.csv from Slurm, after a failed task and a resubmission, is one machine's byte for byte");
            System.err.printf("SlurmClusterTest: daemons up in %.1f s; plan, submit and the first cycle (one task "
                    + "failing) %.1f s; status, resubmit and the second %.1f s; all %.1f s%n", (daemons - t0) / 1e9,
                    (firstCycle - daemons) / 1e9, (System.nanoTime() - firstCycle) / 1e9, (System.nanoTime() - t0) / 1e9);
        }
    }

    private Path tinySweep() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: tiny district
                years: 1
                replicates: 2
                district:
                  name: Tiny
                  schools:
                    - {name: elementary, count: 1, grades: K-2, students_per_grade: 10}
                components:
                  blended_learning:
                    rollout: {grades: K-2}
                """);
        return Files.writeString(tmp.resolve("tiny-sweep.yaml"), """
                title: tiny sweep on Slurm
                base: base.yaml
                replicates: 2
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [45, 180]}
                outputs:
                  measures: [achievement]
                  subgroups: [all]
                """);
    }

    /** The command that starts PLSim from this test's class path (the launcher needs a packaged build). */
    private static String plsim() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -Djava.awt.headless=true -cp '" + cp
                + "' org.plsim.cli.Main";
    }

    record Said(int exit, String text) {
    }

    /** {@code plsim args} in a new JVM that sees the loopback cluster, as a user's shell would. */
    private static Said plsim(LoopbackSlurm slurm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), "org.plsim.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(slurm.environment());
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return new Said(p.exitValue(), text);
    }

    private static String logs(Path root, String prefix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(root.resolve("cluster/logs"))) {
            for (Path f : files.sorted().toList()) {
                if (f.getFileName().toString().startsWith(prefix)) {
                    all.append("== ").append(f.getFileName()).append('\n').append(Files.readString(f));
                }
            }
        }
        return all.toString();
    }
}
