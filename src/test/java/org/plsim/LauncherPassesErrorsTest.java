package org.plsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command says on standard error reaches the user through the launcher, with its exit code: a user's
 * mistake ("no such file", exit 2) must not vanish between the script and the JVM. Java is a stand-in on the PATH
 * that answers like {@code plsim run} given a missing file, and the copy counts as built, so nothing is compiled.
 */
class LauncherPassesErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void theCommandsErrorMessageAndExitCode_reachTheCaller() throws IOException, InterruptedException {
        Path home = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(Path.of("plsim"), home.resolve("plsim"));
        Files.createDirectories(home.resolve("target/lib"));
        Files.writeString(home.resolve("target/plsim.jar"), "");
        Files.writeString(home.resolve("target/.plsim-built"), ""); // built, and no source newer than the build
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\necho \"missing.yaml: no such file\" >&2\necho out\nexit 2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("plsim").toString(), "run", "missing.yaml");
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.equals("JOB_COMPLETION_INDEX")
                || k.startsWith("AWS_BATCH_"));
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("PLSIM_CDS", "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), err);
        assertEquals("missing.yaml: no such file\n", err);
        assertEquals("out\n", out);
    }
}
