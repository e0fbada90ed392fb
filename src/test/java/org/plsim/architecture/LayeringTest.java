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
 * Keeps the layering of STYLE.md honest by reading imports: the model core knows nothing of files, charts
 * or the command line; its sub-packages never import the model class; components never import agents.
 */
class LayeringTest {
    private static final Path SRC = Path.of("src/main/java/org/plsim");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.plsim\\.[\\w.]+|[\\w.]+);",
            Pattern.MULTILINE);

    @Test
    void modelAndScenario_importNoIoAnalysisReportingOrCli() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String pkg : List.of("model", "scenario")) {
            forEachImport(SRC.resolve(pkg), (file, imp) -> {
                if (imp.matches("org\\.plsim\\.(io|analysis|reporting|cli|experiment|web|distributed)\\..*")
                        || imp.startsWith("picocli") || imp.startsWith("org.knowm") || imp.startsWith("tech.tablesaw")
                        || imp.startsWith("org.apache.commons.csv") || imp.startsWith("java.nio.file")
                        || imp.startsWith("com.fasterxml") || imp.startsWith("org.yaml")) {
                    bad.add(file + " imports " + imp);
                }
            });
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void scenarioRecords_useTheJdkOnly() throws IOException {
        List<String> bad = new ArrayList<>();
        forEachImport(SRC.resolve("scenario"), (file, imp) -> {
            if (!imp.startsWith("java.") && !imp.startsWith("org.plsim.scenario")) {
                bad.add(file + " imports " + imp);
            }
        });
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void modelSubPackages_neverImportTheModelClass_andComponentsNeverSeeAgents() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String sub : List.of("model/agent", "model/component", "model/observe", "model/random", "model/time")) {
            forEachImport(SRC.resolve(sub), (file, imp) -> {
                if (imp.matches("org\\.plsim\\.model\\.[A-Z]\\w*")) {
                    bad.add(file + " imports " + imp);
                }
            });
        }
        Path components = SRC.resolve("components");
        if (Files.isDirectory(components)) {
            forEachImport(components, (file, imp) -> {
                if (imp.startsWith("org.plsim.model.agent") || imp.matches("org\\.plsim\\.model\\.[A-Z]\\w*")) {
                    bad.add(file + " imports " + imp);
                }
            });
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * A grant component sees only the plug-in point, the shared component machinery, the calendar and observation
     * vocabulary, the scenario records (and MASON, Commons Math): never another component, nothing above the model. It makes
     * no generator of its own (only {@code ctx.stream(...)}), so it cannot draw from anyone else's stream.
     */
    @Test
    void eachGrantComponent_seesThePlugInPointOnly_andMakesNoGeneratorOfItsOwn() throws IOException {
        List<String> bad = new ArrayList<>();
        List<String> names = List.of("blended", "plans", "competency", "partnerships");
        for (String name : names) {
            Path dir = SRC.resolve("components").resolve(name);
            forEachImport(dir, (file, imp) -> {
                boolean allowed = imp.startsWith("java.") || imp.startsWith("sim.") || imp.startsWith("org.apache.commons.math3.")
                        || imp.startsWith("org.plsim.model.time.")
                        || imp.startsWith("org.plsim.model.component.") || imp.startsWith("org.plsim.model.observe.")
                        || imp.startsWith("org.plsim.scenario.") || imp.startsWith("org.plsim.components.common.")
                        || imp.startsWith("org.plsim.components." + name + ".");
                if (!allowed) {
                    bad.add(file + " imports " + imp);
                }
            });
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    String text = Files.readString(f);
                    for (String generator : List.of("new SplittableRandom(", "new Random(", "Math.random(",
                            "ThreadLocalRandom", "MersenneTwisterFast", ".random.")) {
                        if (text.contains(generator)) {
                            bad.add(f + " uses " + generator);
                        }
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void onlyTheCli_exits() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (!f.startsWith(SRC.resolve("cli")) && Files.readString(f).contains("System.exit(")) {
                    bad.add(f.toString());
                }
            }
        }
        assertTrue(bad.isEmpty(), "System.exit outside org.plsim.cli: " + bad);
    }

    private interface ImportVisitor {
        void visit(Path file, String imported);
    }

    private static void forEachImport(Path dir, ImportVisitor v) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    v.visit(f, m.group(1));
                }
            }
        }
    }
}
