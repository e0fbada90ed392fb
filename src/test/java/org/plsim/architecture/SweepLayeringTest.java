package org.plsim.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sweep engine ({@code experiment.sweep}: plans, keys, one run, the thread pool, adaptive rounds) knows
 * no file format and no command line: part files, merging and folders live in {@code io}, which uses the
 * engine, never the other way round.
 */
class SweepLayeringTest {
    private static final Path SWEEP = Path.of("src/main/java/org/plsim/experiment/sweep");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    /** (ExpandedSweep serializes the resolved sweep to canonical JSON bytes to hash its fingerprint: no file.) */
    @Test
    void theSweepEngine_importsNoFilesFormatsReportsOrCommandLine() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SWEEP)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    if (imp.matches("org\\.plsim\\.(io|cli|reporting|web|distributed)\\..*") || imp.startsWith("picocli")
                            || imp.startsWith("org.apache.commons.csv") || imp.startsWith("me.tongfei")
                            || (imp.startsWith("com.fasterxml") && !f.endsWith("ExpandedSweep.java"))) {
                        bad.add(f + " imports " + imp);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
