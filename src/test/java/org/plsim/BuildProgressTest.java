package org.plsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/main/sh/build-progress.sh}, what the launcher shows while Maven builds: every line of Maven's output
 * kept in the log as it came, and one plain line per step on standard error when that is not a terminal.
 */
class BuildProgressTest {
    private static final String MAVEN = """
            [INFO] Scanning for projects...
            Downloading from central: https://repo.maven.apache.org/maven2/a.pom
            Downloaded from central: https://repo.maven.apache.org/maven2/a.pom (2 kB at 9 kB/s)
            [INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ plsim ---
            [INFO] Compiling 412 source files with javac [debug release 17] to target/classes
            [INFO] --- compiler:3.13.0:testCompile (default-testCompile) @ plsim ---
            [INFO] --- maven-surefire-plugin:3.5.2:test (default-test) @ plsim ---
            [INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ plsim ---
            [INFO] BUILD SUCCESS
            [INFO] Total time:  01:02 min""";

    @TempDir
    Path tmp;

    @Test
    void theLogKeepsEveryLine_andEachStepIsOnePlainLine() throws IOException, InterruptedException {
        Path log = tmp.resolve("build.log");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder("bash", "src/main/sh/build-progress.sh", log.toString())
                .redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        p.getOutputStream().write(MAVEN.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertEquals(0, p.waitFor());
        assertEquals(MAVEN, Files.readString(log), "the last line has no newline and is kept as it came");
        assertEquals(List.of(
                "plsim: building, 0 s: fetching libraries from Maven Central (1 files; once only)",
                "plsim: building, 0 s: fetching libraries from Maven Central (2 files; once only)",
                "plsim: building, 0 s: compiling PLSim (compiler:compile)",
                "plsim: building, 0 s: tests skipped (not compiled) (compiler:testCompile)",
                "plsim: building, 0 s: tests skipped (surefire:test)",
                "plsim: building, 0 s: packaging (jar:jar)",
                "plsim: building, 0 s: done"), Files.readAllLines(err).stream()
                .map(l -> l.replaceFirst(", \\d+ s:", ", 0 s:")).toList());
        assertEquals("", Files.readString(tmp.resolve("out.txt")));
    }
}
