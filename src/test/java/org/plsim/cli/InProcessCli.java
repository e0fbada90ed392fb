package org.plsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * {@code plsim ARGS} run in this JVM through {@link Main#commandLine}, with everything it says captured: picocli's
 * writers and {@code System.out}/{@code System.err} (which {@code validate} and an uncaught exception's trace use).
 * An exception or stack overflow that escapes picocli is said as its trace, with exit code -1.
 *
 * @param exit the exit code
 * @param said standard output, then standard error, as one text
 */
record InProcessCli(int exit, String said) {
    static InProcessCli run(String... args) {
        StringWriter writers = new StringWriter();
        ByteArrayOutputStream streams = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        PrintStream capture = new PrintStream(streams, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        int exit;
        try {
            CommandLine cli = Main.commandLine(args);
            cli.setOut(new PrintWriter(writers, true));
            cli.setErr(new PrintWriter(writers, true));
            exit = cli.execute(args);
        } catch (RuntimeException | StackOverflowError e) { // escaped picocli: reported as the trace a user would see
            e.printStackTrace(capture);
            exit = -1;
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new InProcessCli(exit, writers + streams.toString(StandardCharsets.UTF_8));
    }
}
