package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One file of the bad-input corpus and what its header expects (the format is in the corpus's README.md):
 * <pre>{@code
 * # expect: exit=2 line=7 field=district.schools[0].students_per_grade
 * # says: found -10
 * # why: a negative size
 * }</pre>
 *
 * @param path    the file, as passed on the command line and so as messages must name it
 * @param command {@code run} for a scenario file, {@code sweep} for a sweep file
 * @param expect  what every command must say about it
 */
record BadInput(Path path, String command, Expectation expect) {
    private static final Pattern EXPECT = Pattern.compile("# expect: exit=(\\d+) line=(\\d+|-) field=(\\S+)\r?\n"
            + "(?:# says: (.+?)\r?\n)?# why: .+\r?\n");
    /** A frame of a Java stack trace, or an exception's class name: never for a user's mistake. */
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(|Exception in thread"
            + "|\\b(?:java|javax|org|com)\\.[\\w.$]+(?:Exception|Error)\\b");

    /**
     * @param exit  the exit code of every command
     * @param line  the 1-based line the problem is reported at, or -1 for a problem of the whole file (no line)
     * @param field the field path named, or {@code -} for none (malformed YAML, an empty file)
     * @param says  text the same message must contain, or null
     */
    record Expectation(int exit, int line, String field, String says) {
    }

    /** Every {@code .yaml} file directly in {@code folder} (sub-folders hold the sweeps' bases), by name. */
    static List<BadInput> in(Path folder, String command) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .map(f -> new BadInput(f, command, header(f))).toList();
        } catch (IOException e) {
            throw new IllegalStateException(folder + ": " + e, e);
        }
    }

    /** The header, read byte for byte (a corpus file may hold bytes that are not UTF-8 after it). */
    static Expectation header(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e, e);
        }
        Matcher m = EXPECT.matcher(text);
        if (!m.lookingAt()) {
            throw new IllegalStateException(file + ": no '# expect: exit=N line=N|- field=PATH|-' header, "
                    + "optional '# says: TEXT', then '# why: TEXT' (see " + BadInputCorpusTest.CORPUS + "/README.md)");
        }
        return new Expectation(Integer.parseInt(m.group(1)), m.group(2).equals("-") ? -1 : Integer.parseInt(m.group(2)),
                m.group(3), m.group(4));
    }

    /** The id a run or sweep of this file would default to: its base name. */
    String defaultId() {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    /** Asserts that {@code what} exited as expected, named file, line and field, and printed no stack trace. */
    void assertSaidBy(String what, InProcessCli result) {
        String said = result.said();
        String context = what + " " + path + " said:\n" + said;
        assertEquals(expect.exit(), result.exit(), "exit code of " + context);
        assertFalse(TRACE.matcher(said).find(), "a stack trace from " + context);
        String prefix = path + (expect.line() > 0 ? ":" + expect.line() : "") + ": "
                + (expect.field().equals("-") ? "" : expect.field() + ": ");
        assertTrue(said.lines().anyMatch(l -> l.startsWith(prefix) && (expect.field().equals("-")
                        ? !l.substring(prefix.length()).matches("[\\w.\\[\\]<>-]+: .*") : true)
                        && (expect.says() == null || l.substring(prefix.length()).contains(expect.says()))),
                "no line starting '" + prefix + "'" + (expect.says() == null ? "" : " saying '" + expect.says() + "'")
                        + " from " + context);
    }

    @Override
    public String toString() {
        return path.getParent().getFileName() + "/" + path.getFileName();
    }
}
