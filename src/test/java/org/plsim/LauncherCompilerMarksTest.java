package org.plsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plsim run} starts the JVM with the optimizing compiler's marks raised (a small run's fixed cost), other
 * commands with the JVM's own (the explorer and sweeps are long-lived and were not measured so), and the user's
 * PLSIM_JAVA_OPTS come after them, so that they win. Java is a stand-in on the PATH that writes its arguments.
 */
class LauncherCompilerMarksTest {
    private static final String MARK = "-XX:Tier4InvocationThreshold=50000";

    @TempDir
    Path tmp;

    @Test
    void run_raisesTheMarks_beforeTheUsersOptions() throws IOException, InterruptedException {
        List<String> args = javaArguments("run", "tiny.yaml");
        assertTrue(args.contains(MARK), args.toString());
        assertTrue(args.indexOf(MARK) < args.indexOf("-XX:Tier4InvocationThreshold=5000"), args.toString());
        assertEquals(List.of("run", "tiny.yaml"), args.subList(args.size() - 2, args.size()));
    }

    @Test
    void otherCommands_keepTheJvmsMarks() throws IOException, InterruptedException {
        List<String> args = javaArguments("sweep", "plan.yaml");
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:Tier4")
                && !a.equals("-XX:Tier4InvocationThreshold=5000")), args.toString());
    }

    /** The arguments the launcher gives java for {@code plsim command…}, with a user's option in PLSIM_JAVA_OPTS. */
    private List<String> javaArguments(String... command) throws IOException, InterruptedException {
        Path home = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(Path.of("plsim"), home.resolve("plsim"));
        Files.createDirectories(home.resolve("target/lib"));
        Files.writeString(home.resolve("target/plsim.jar"), "");
        Files.writeString(home.resolve("target/.plsim-built"), ""); // built, and no source newer than the build
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path log = tmp.resolve("java-args");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > '" + log + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("plsim").toString());
        pb.command().addAll(List.of(command));
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.equals("JOB_COMPLETION_INDEX")
                || k.startsWith("AWS_BATCH_"));
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("PLSIM_CDS", "0");
        pb.environment().put("PLSIM_JAVA_OPTS", "-XX:Tier4InvocationThreshold=5000");
        Process p = pb.redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said);
        return Files.readAllLines(log);
    }
}
