package org.plsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build once, run many: the launcher never builds inside a scheduler's task (many tasks would build into one
 * target/ at once); it says to build on the login node and exits 2, before touching target/.
 */
class LauncherInSchedulerTaskTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"SLURM_JOB_ID", "SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ID"})
    void anUnbuiltCopy_refusesToBuildInATask(String variable) throws IOException, InterruptedException {
        Path launcher = Files.copy(Path.of("plsim"), tmp.resolve("plsim"));
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version").redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.equals("JOB_COMPLETION_INDEX")
                || k.startsWith("AWS_BATCH_"));
        pb.environment().put(variable, "3");
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), said);
        assertTrue(said.contains("this is a scheduler task (" + variable + "=3)") && said.contains("Build it once "
                + "on the login node, from " + tmp.toRealPath() + ": ./plsim --version"), said);
        assertFalse(Files.exists(tmp.resolve("target")), "no build was started");
    }
}
