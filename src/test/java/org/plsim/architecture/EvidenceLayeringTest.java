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
 * The evidence package is model-side: it may use the JDK, scenario records, named streams and the component
 * API, never file formats, the runner or the command line, so that the runner can depend on it.
 */
class EvidenceLayeringTest {
    private static final Path EVIDENCE = Path.of("src/main/java/org/plsim/evidence");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    @Test
    void evidence_importsOnlyTheJdkScenarioRandomAndComponentApi() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EVIDENCE)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    if (!imp.startsWith("java.") && !imp.startsWith("org.plsim.evidence.")
                            && !imp.startsWith("org.plsim.scenario.") && !imp.startsWith("org.plsim.model.random.")
                            && !imp.startsWith("org.plsim.model.component.")) {
                        bad.add(f + " imports " + imp);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
