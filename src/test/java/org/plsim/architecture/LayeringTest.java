package org.plsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of PLSim, written once: for every package of {@code src/main}, the PLSim packages it may use and
 * the libraries it may import. The model core knows nothing of files, charts or the command line; a grant
 * component sees the plug-in point only; {@code io} sits above the engine it stores; only {@code cli} prints or
 * exits. A new package, or a new kind of dependency, starts here: the test fails until the table says so.
 */
class LayeringTest {
    // Libraries, by import prefix.
    private static final String JDK = "java.";
    private static final String MASON = "sim.";
    private static final String MASON_RANDOM = "ec.util.";
    private static final String MATH = "org.apache.commons.math3.";
    private static final String CSV = "org.apache.commons.csv.";
    private static final String TEXT = "org.apache.commons.text.";
    private static final String YAML = "org.yaml.snakeyaml.";
    private static final String JSON = "com.fasterxml.jackson.";
    private static final String TABLESAW = "tech.tablesaw.";
    private static final String CHARTS = "org.knowm.xchart.";
    private static final String SVG_CHARTS = "org.jfree.chart.";
    private static final String SVG_CHART_DATA = "org.jfree.data.";
    private static final String SVG = "org.jfree.svg.";
    private static final String PICOCLI = "picocli.";
    private static final String PROGRESS_BAR = "me.tongfei.progressbar.";
    private static final String JAVALIN = "io.javalin.";
    /** Any import at all: the top floors. */
    private static final String ANY = "";
    /** Any PLSim package: the command line. */
    private static final String EVERYTHING = "*";

    private static final Map<String, Layer> LAYERS = new LinkedHashMap<>();

    static {
        // The model core: scenario in, observations out.
        layer("", uses(), libs(JDK));
        layer("scenario", uses(), libs(JDK));
        layer("model.random", uses(), libs(JDK, MASON, MASON_RANDOM));
        layer("model.time", uses(), libs(JDK, MASON));
        layer("model.observe", uses("scenario"), libs(JDK));
        layer("model.component", uses("scenario", "model.time", "model.random", "model.observe"), libs(JDK, MASON, MATH));
        layer("model.agent", uses("scenario", "model.time", "model.random", "model.observe", "model.component"),
                libs(JDK, MASON, MASON_RANDOM, MATH));
        layer("model", uses("scenario", "model.time", "model.random", "model.observe", "model.component",
                "model.agent"), libs(JDK, MASON, MATH));
        // Grant components: plug-ins that see the plug-in point and the shared machinery, never each other.
        String[] plugInPoint = {"scenario", "model.time", "model.random", "model.observe", "model.component"};
        layer("components.common", uses(plugInPoint), libs(JDK, MASON, MATH));
        for (String name : List.of("blended", "competency", "partnerships", "plans")) {
            layer("components." + name, uses(concat(plugInPoint, "components.common")), libs(JDK, MASON, MATH));
        }
        layer("components", uses("scenario", "model.component"), libs(JDK, TEXT)); // TEXT: "did you mean"
        layer("evidence", uses("scenario", "model.random", "model.component"), libs(JDK));
        // The engine: runs, paired arms, sweeps; analysis of what they observe; studies and calibration.
        layer("experiment", uses("", "scenario", "model", "model.random", "model.observe", "model.component",
                "components", "evidence"), libs(JDK, MATH));
        layer("analysis", uses("scenario", "model.observe"), libs(JDK, MATH));
        layer("experiment.warm", uses("scenario", "components", "evidence", "experiment", "analysis"), libs(JDK));
        layer("analysis.sweep", uses("scenario", "model.observe", "analysis"), libs(JDK, MATH, TABLESAW));
        layer("experiment.sweep.design", uses("scenario"), libs(JDK, MATH)); // MATH: the Sobol sequence
        layer("experiment.sweep", uses("", "scenario", "model.random", "model.observe", "components", "evidence",
                "experiment", "experiment.sweep.design", "analysis"), libs(JDK, MATH, JSON));
        layer("experiment.cluster", uses("scenario", "experiment.sweep"), libs(JDK));
        layer("study", uses("scenario", "model.observe", "experiment", "analysis"), libs(JDK, MATH));
        layer("calibration", uses("scenario", "evidence", "experiment", "analysis", "study"), libs(JDK, MATH));
        // Files: each io package above the engine it reads or stores.
        String[] engine = {"", "scenario", "model.component", "model.observe", "components", "evidence", "experiment",
            "experiment.sweep", "experiment.sweep.design", "analysis", "analysis.sweep", "study", "calibration"};
        layer("io.files", uses(), libs(JDK, JSON));
        layer("io.yaml", uses("scenario"), libs(JDK, YAML, TEXT));
        layer("io.csv", uses(engine), libs(JDK, CSV));
        layer("io.input", uses(concat(engine, "io.files", "io.yaml")), libs(JDK, YAML, JSON, TEXT));
        layer("io.manifest", uses(concat(engine, "io.files", "io.yaml", "io.csv", "io.input")), libs(JDK, JSON));
        layer("io.sweepfolder", uses(concat(engine, "io.files", "io.csv")), libs(JDK, JSON, CSV));
        // Reports: charts, tables and pages from analysed results.
        String[] io = {"io.files", "io.yaml", "io.csv", "io.input", "io.manifest", "io.sweepfolder"};
        layer("reporting", uses(concat(concat(engine, io), "reporting.svg")), libs(JDK, CHARTS, SVG, TABLESAW, JSON, TEXT));
        layer("reporting.svg", uses("analysis"), libs(JDK, SVG_CHARTS, SVG_CHART_DATA, SVG));
        layer("reporting.study", uses(concat(concat(engine, io), "reporting")), libs(JDK, CHARTS, TABLESAW, JSON, TEXT));
        layer("reporting.sweep", uses(concat(concat(engine, io), "reporting")),
                libs(JDK, CHARTS, TABLESAW, JSON, TEXT, CSV));
        // What each command does, without the console: read, run, write, re-make and compare result folders.
        layer("workflow", uses("scenario", "components", "evidence", "experiment", "study", "calibration", "io.files",
                "io.yaml", "io.input", "io.manifest", "reporting", "reporting.study"), libs(JDK));
        layer("workflow.rerun", uses("", "components", "evidence", "experiment.sweep", "calibration", "io.files",
                "io.yaml", "io.input", "io.manifest", "io.sweepfolder", "workflow"), libs(JDK, JSON));
        layer("workflow.sweep", uses("scenario", "model.observe", "components", "evidence", "analysis",
                "analysis.sweep", "experiment.sweep", "io.csv", "io.input", "io.manifest", "io.sweepfolder",
                "reporting.sweep"), libs(JDK));
        // The explorer: a page over runs of shipped scenarios, above the engine, files and reports.
        layer("web", uses("", "scenario", "model.component", "model.observe", "components", "evidence", "experiment",
                "experiment.warm", "experiment.sweep", "analysis", "io.files", "io.yaml", "io.csv", "io.input",
                "io.manifest", "reporting", "reporting.svg"), libs(JDK, JAVALIN));
        // Measurement of the model against conventional MASON, and the command line on top of everything.
        layer("bench.conventional", uses("scenario", "model.time", "model.agent"), libs(JDK, MASON, MASON_RANDOM));
        layer("bench", uses(concat(concat(engine, io), "model", "model.random", "bench.conventional",
                        "experiment.warm", "web")),
                libs(JDK, MASON, MATH, CSV));
        layer("cli", uses(EVERYTHING), libs(ANY));
    }

    private static SourceTree tree;

    @BeforeAll
    static void read() throws IOException {
        tree = SourceTree.read();
    }

    @Test
    void everyPackage_hasALayer_andEveryLayerAPackage() {
        Set<String> packages = new TreeSet<>(tree.packages());
        assertEquals(packages, new TreeSet<>(LAYERS.keySet()),
                "each package of src/main must have exactly one row in LayeringTest's table (and no row a package"
                        + " that does not exist)");
    }

    @Test
    void everyPackage_usesOnlyWhatItsLayerAllows() {
        List<String> bad = new ArrayList<>();
        for (SourceFile f : tree.files()) {
            Layer layer = LAYERS.get(f.pkg());
            if (layer == null) {
                continue;
            }
            for (String used : f.plsimPackagesUsed()) {
                if (!layer.mayUse(used)) {
                    bad.add(f + " uses org.plsim" + (used.isEmpty() ? "" : "." + used) + " (allowed: "
                            + layer.uses() + ")");
                }
            }
            for (String imported : f.libraryImports()) {
                if (!layer.mayImport(imported)) {
                    bad.add(f + " imports " + imported + " (allowed: " + layer.libs() + ")");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void thePackageGraph_isAcyclic() {
        List<List<String>> cycles = tree.dependencyGraph().cycles();
        assertTrue(cycles.isEmpty(), "package cycles: " + cycles);
    }

    @Test
    void theAllowedLayering_isAcyclicToo() {
        PackageGraph allowed = new PackageGraph();
        LAYERS.forEach((pkg, layer) -> layer.uses().stream().filter(u -> !u.equals(EVERYTHING))
                .forEach(u -> allowed.add(pkg, u)));
        assertTrue(allowed.cycles().isEmpty(), "the table allows cycles: " + allowed.cycles());
    }

    @Test
    void onlyTheCli_printsOrExits() {
        List<String> bad = new ArrayList<>();
        for (SourceFile f : tree.files()) {
            if (f.pkg().equals("cli")) {
                continue;
            }
            for (String call : List.of("System.out", "System.err", "System.exit(", "Runtime.getRuntime().halt(",
                    ".printStackTrace(")) {
                if (f.code().contains(call)) {
                    bad.add(f + " uses " + call);
                }
            }
        }
        assertTrue(bad.isEmpty(), "printing and exiting belong to org.plsim.cli:\n" + String.join("\n", bad));
    }

    @Test
    void everyPackage_saysItsRoleInAPackageInfo() {
        List<String> missing = tree.packages().stream().filter(p -> !tree.hasPackageInfo(p)).sorted().toList();
        assertTrue(missing.isEmpty(), "packages without a package-info.java sentence: " + missing);
    }

    @Test
    void everyPackage_isNamedInTheCodeLayoutPage() throws IOException {
        String page = Files.readString(Path.of("src/site/markdown/architecture.md"));
        List<String> missing = tree.packages().stream().map(p -> p.isEmpty() ? "org.plsim" : "org.plsim." + p)
                .filter(p -> !page.contains("`" + p + "`")).sorted().toList();
        assertTrue(missing.isEmpty(), "packages src/site/markdown/architecture.md does not name: " + missing);
    }

    /**
     * A grant component makes no generator of its own (only {@code ctx.stream(...)}), so it cannot draw from
     * anyone else's stream. It may draw normals with {@code model.random.Ziggurat}, which only reads the
     * generator it is handed.
     */
    @Test
    void grantComponents_makeNoGeneratorOfTheirOwn() {
        List<String> bad = new ArrayList<>();
        for (SourceFile f : tree.files()) {
            if (!f.pkg().startsWith("components.") || f.pkg().equals("components.common")) {
                continue;
            }
            for (String generator : List.of("new SplittableRandom(", "new Random(", "Math.random(", "ThreadLocalRandom",
                    "MersenneTwisterFast", ".random.RandomStreams", ".random.SplitMix", "random.*")) {
                if (f.code().contains(generator)) {
                    bad.add(f + " uses " + generator);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void modelSubPackages_neverImportTheModelClass() {
        List<String> bad = new ArrayList<>();
        for (SourceFile f : tree.files()) {
            if (f.pkg().startsWith("model.") || f.pkg().startsWith("components")) {
                f.plsimTypesUsed().stream().filter(t -> t.matches("model\\.[A-Z]\\w*"))
                        .forEach(t -> bad.add(f + " uses org.plsim." + t));
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    // ------------------------------------------------------------------------------------------------------

    /** What one package may use: PLSim packages (relative to org.plsim; "" is the root) and library prefixes. */
    private record Layer(Set<String> uses, Set<String> libs) {
        boolean mayUse(String pkg) {
            return uses.contains(EVERYTHING) || uses.contains(pkg);
        }

        boolean mayImport(String imported) {
            return libs.contains(ANY) || libs.stream().anyMatch(imported::startsWith);
        }
    }

    private static void layer(String pkg, Set<String> uses, Set<String> libs) {
        if (LAYERS.put(pkg, new Layer(uses, libs)) != null) {
            throw new IllegalStateException("two rows for " + pkg);
        }
    }

    private static Set<String> uses(String... packages) {
        return Set.of(packages);
    }

    private static Set<String> libs(String... prefixes) {
        return Set.of(prefixes);
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).distinct().toArray(String[]::new);
    }
}
