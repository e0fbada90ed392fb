package org.plsim.notebooks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a notebook failed, read from {@code jupyter nbconvert}'s log: the failing cell's source and what Java
 * said (nbclient's {@code CellExecutionError}: the exception, its stack and the snippet line, or the compiler's
 * message), or that the cell ran out of time ({@code CellTimeoutError}), or that the kernel died or never
 * started. The log's terminal colours are removed.
 *
 * @param source the cell's source as nbclient printed it; empty when the log does not say which cell
 * @param error  the Java error or what happened instead
 */
record CellFailure(String source, String error) {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final String EXECUTION = "An error occurred while executing the following cell:\n------------------\n";
    private static final String SEPARATOR = "\n------------------\n";
    private static final Pattern TIMEOUT = Pattern.compile(
            "A cell timed out while it was being executed, after (\\d+) seconds\\.\\n(?:.*\\n)*?-------------------\\n"
                    + "((?:.*\\n)*?)-------------------");

    /** The failure the log describes, if it describes one nbclient knows. */
    static Optional<CellFailure> parse(String rawLog) {
        String log = plain(rawLog);
        int start = log.lastIndexOf(EXECUTION);
        if (start >= 0) {
            int from = start + EXECUTION.length();
            int end = log.indexOf(SEPARATOR, from);
            if (end >= 0) {
                return Optional.of(new CellFailure(log.substring(from, end), log.substring(end + SEPARATOR.length())
                        .strip()));
            }
        }
        Matcher timeout = TIMEOUT.matcher(log);
        if (timeout.find()) {
            return Optional.of(new CellFailure(timeout.group(2).stripTrailing(), "the cell timed out after "
                    + timeout.group(1) + " s (the per-cell limit, ExecutePreprocessor.timeout)"));
        }
        if (log.contains("DeadKernelError")) {
            return Optional.of(new CellFailure("", "the kernel died (System.exit in a cell, or the JVM ran out of "
                    + "memory or crashed): " + lastLines(log, 15)));
        }
        if (log.contains("Kernel didn't respond") || log.contains("Kernel died before replying to kernel_info")) {
            return Optional.of(new CellFailure("", "the kernel did not start: " + lastLines(log, 15)));
        }
        return Optional.empty();
    }

    /** The log without terminal colour codes. */
    static String plain(String log) {
        return ANSI.matcher(log).replaceAll("").replace("\r\n", "\n");
    }

    static String lastLines(String text, int n) {
        String[] lines = text.strip().split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, lines.length - n); i < lines.length; i++) {
            out.append('\n').append(lines[i]);
        }
        return out.toString();
    }
}
