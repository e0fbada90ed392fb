package org.plsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * One build at a time: two launchers started together on a copy whose sources are newer than its build make one
 * build between them, not two into the same target/ at once; the second waits, says so, and uses the first's.
 * Maven and Java are stand-ins on the PATH that log when they run, so the test takes seconds, not a real build.
 */
class LauncherBuildLockTest {
    @TempDir
    Path tmp;

    @Test
    void twoLaunchersStartedTogether_buildOnce() throws IOException, InterruptedException {
        Path home = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(Path.of("plsim"), home.resolve("plsim"));
        Files.createDirectories(home.resolve("src/main/sh"));
        Files.copy(Path.of("src/main/sh/build-progress.sh"), home.resolve("src/main/sh/build-progress.sh"));
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");
        Path log = tmp.resolve("calls.log");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        script(bin.resolve("mvn"), "echo \"build start\" >> '" + log + "'\nsleep 2\nmkdir -p target/lib\n"
                + "touch target/plsim-0.jar target/lib/a.jar\necho \"build end\" >> '" + log + "'\n");
        script(bin.resolve("java"), "echo \"java $*\" >> '" + log + "'\n");
        Process first = launch(home, bin);
        Process second = launch(home, bin);
        String saidFirst = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String saidSecond = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), saidFirst);
        assertEquals(0, second.exitValue(), saidSecond);
        List<String> calls = Files.readAllLines(log);
        assertEquals(List.of("build start", "build end"), calls.subList(0, 2), calls.toString());
        assertEquals(1, calls.stream().filter("build start"::equals).count(), "one build: " + calls);
        assertEquals(2, calls.stream().filter(c -> c.startsWith("java ") && c.endsWith("--version")).count(),
                calls.toString());
        assertTrue((saidFirst + saidSecond).contains("another plsim is building in "), saidFirst + saidSecond);
    }

    private Process launch(Path home, Path bin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("plsim").toString(), "--version")
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.equals("JOB_COMPLETION_INDEX")
                || k.startsWith("AWS_BATCH_"));
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("PLSIM_CDS", "0");
        return pb.start();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
