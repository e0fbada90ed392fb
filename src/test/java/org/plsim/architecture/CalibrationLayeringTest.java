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
 * The calibration core ({@code org.plsim.calibration}: the spec, the objective, the optimizer, the result)
 * knows no file, format, report or command line: calibration files, parameter files and result folders live
 * in {@code io}, printing in {@code cli}, which use the core, never the other way round.
 */
class CalibrationLayeringTest {
    private static final Path CALIBRATION = Path.of("src/main/java/org/plsim/calibration");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    @Test
    void theCalibrationCore_importsNoFilesFormatsReportsOrCommandLine() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CALIBRATION)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    boolean allowed = imp.startsWith("java.lang") || imp.startsWith("java.util") || imp.startsWith("java.math")
                            || imp.startsWith("org.apache.commons.math3.")
                            || imp.matches("org\\.plsim\\.(calibration|study|experiment|analysis|scenario|evidence)\\..*");
                    if (!allowed) {
                        bad.add(f + " imports " + imp);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
