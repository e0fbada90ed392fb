package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.ScenarioText;
import org.plsim.io.yaml.YamlTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;
import org.plsim.study.Study;
import org.plsim.study.StudyScenario;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scenario file laid over the reference defaults ({@code scenarios/reference.yaml}, shipped in the
 * jar as {@code org/plsim/io/reference.yaml}) into a validated {@link ScenarioSpec}. A bad file yields
 * one {@link Problem} per thing to fix — file, line, field path, what was found, what is allowed — all
 * of them, not the first; the records' own range checks are mapped back to the lines they came from.
 *
 * <pre>{@code
 * ScenarioSpec spec = new ScenarioReader().read(Path.of("scenarios/quickstart.yaml"));
 * }</pre>
 */
public final class ScenarioReader {
    /** The reference scenario, as a class-path resource. */
    public static final String REFERENCE_RESOURCE = "org/plsim/io/reference.yaml";

    private final HeapBudget heap;
    private final List<Consumer<ScenarioSpec>> checks;

    /** A reader that checks the district fits in this JVM's heap. */
    public ScenarioReader() {
        this(HeapBudget.ofThisJvm());
    }

    /**
     * A reader for scenarios about to run with {@code threads} arms at once: it checks the district against this
     * JVM's heap and each plan against the installed components and its budget (the plan built, fitted at the
     * registry's central prices), so those problems come back at the file's lines like its own.
     */
    public static ScenarioReader forRunning(ComponentRegistry components, int threads) {
        return new ScenarioReader(new HeapBudget(Runtime.getRuntime().maxMemory(), threads))
                .withCheck(spec -> BudgetFit.checked(spec, components, EvidenceRegistry.builtIn()));
    }

    public ScenarioReader(HeapBudget heap) {
        this(heap, List.of());
    }

    private ScenarioReader(HeapBudget heap, List<Consumer<ScenarioSpec>> checks) {
        this.heap = heap;
        this.checks = List.copyOf(checks);
    }

    /**
     * This reader with one more check of the resolved spec, e.g. that its components are installed. The
     * check throws {@link InvalidSpecException} with full field paths ({@code components.tutoring}); its
     * violations are reported like the reader's own, at their lines.
     */
    public ScenarioReader withCheck(Consumer<ScenarioSpec> check) {
        List<Consumer<ScenarioSpec>> more = new ArrayList<>(checks);
        more.add(check);
        return new ScenarioReader(heap, more);
    }

    public ScenarioSpec read(Path file) throws ScenarioException {
        return readString(ScenarioText.read(file), file.toString());
    }

    /** {@link #read}, with the parameter file the scenario's {@code evidence_file} named (for the manifest). */
    public ReadScenario readWithSources(Path file) throws ScenarioException {
        return readWithSources(ScenarioText.read(file), file.toString());
    }

    /** {@link #readWithSources(Path)} of YAML text read as though it were the file {@code fileLabel}. */
    public ReadScenario readWithSources(String yaml, String fileLabel) throws ScenarioException {
        Parsed p = parse(yaml, fileLabel, false);
        return new ReadScenario(p.spec(), java.util.Optional.ofNullable(p.evidenceFile()), p.warnings());
    }

    /**
     * Reads YAML text as though it were the file {@code fileLabel}, which names it in problems and gives
     * the default id.
     */
    public ScenarioSpec readString(String yaml, String fileLabel) throws ScenarioException {
        return parse(yaml, fileLabel, false).spec();
    }

    /**
     * Reads a scenario with a {@code study:} block, set up as the study was (its district built from the
     * study's sample, its years the study's); a file without one is a problem like any other.
     */
    public StudyScenario readStudy(Path file) throws ScenarioException {
        return readStudyString(ScenarioText.read(file), file.toString());
    }

    public StudyScenario readStudyString(String yaml, String fileLabel) throws ScenarioException {
        Parsed p = parse(yaml, fileLabel, true);
        return new StudyScenario(p.spec(), p.study());
    }

    private Parsed parse(String yaml, String fileLabel, boolean studyRequired) throws ScenarioException {
        Reading reading = new Reading(fileLabel);
        Node root = YamlTree.compose(yaml, reading);
        ScenarioSpec spec = null;
        Study study = null;
        EvidenceFile evidenceFile = null;
        if (root instanceof MappingNode map) {
            ScenarioFields fields = new ScenarioFields(reading);
            spec = fields.scenario(new Block(reading, "", map, Reference.ROOT, YamlTree.line(root)),
                    defaultId(fileLabel));
            study = fields.study();
            evidenceFile = fields.evidenceFile();
            if (studyRequired && map.getValue().stream().noneMatch(t -> "study".equals(Scalars.text(t.getKeyNode())))) {
                reading.problem(YamlTree.line(root), "study", "missing, allowed: " + StudyFields.ALLOWED
                        + " (plsim reproduce sets a published study up; plain scenarios are for plsim run)");
            }
            if (spec != null) {
                heap.shortfall(spec).ifPresent(why -> reading.problem("district.schools", why));
                runChecks(spec, v -> true, reading);
            } else {
                runChecks(Reference.withComponents(fields.components()), ScenarioReader::onComponents, reading);
            }
        } else if (root != null) {
            reading.problem(YamlTree.line(root), "", "found " + YamlTree.describe(root)
                    + ", allowed: a YAML map of scenario keys (see scenarios/reference.yaml)");
        }
        reading.finish();
        return new Parsed(spec, study, evidenceFile, reading.warnings());
    }

    private record Parsed(ScenarioSpec spec, Study study, EvidenceFile evidenceFile, List<Problem> warnings) {
    }

    /**
     * Runs the extra checks. When the file's own fields are invalid they run on a stand-in — the reference
     * with this file's components — so that an unknown component is still reported with the rest; only
     * what they say about the components, the part taken from the file, is kept.
     */
    private void runChecks(ScenarioSpec subject, Predicate<Violation> relevant, Reading reading) {
        for (Consumer<ScenarioSpec> check : checks) {
            try {
                check.accept(subject);
            } catch (InvalidSpecException e) {
                reading.violations("", e.violations().stream().filter(relevant).toList());
            }
        }
    }

    private static boolean onComponents(Violation v) {
        return v.field().equals("components") || v.field().startsWith("components.");
    }

    /**
     * Reads the reference defaults now, once per JVM, so that a later read does not: a command may call this on
     * another thread while it starts up. Reads that begin meanwhile wait for it.
     */
    public static void readReference() {
        Objects.requireNonNull(Reference.ROOT);
    }

    /** The file's base name without extension, lower-cased, other characters than a-z, 0-9, '-' as '-'. */
    static String defaultId(String fileLabel) {
        String name = fileLabel.substring(Math.max(fileLabel.lastIndexOf('/'), fileLabel.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** The reference tree, composed once; it is part of the program, so a failure here is a build error. */
    private static final class Reference {
        static final MappingNode ROOT = load();
        private static final ScenarioSpec SPEC = resolve();

        /** The reference scenario with other components: the stand-in for checks of an invalid file. */
        static ScenarioSpec withComponents(List<ComponentSpec> components) {
            return new ScenarioSpec(SPEC.id(), SPEC.title(), SPEC.years(), SPEC.weeksPerYear(), SPEC.replicates(),
                    SPEC.seed(), SPEC.district(), SPEC.bau(), components);
        }

        private static ScenarioSpec resolve() {
            Reading reading = new Reading(REFERENCE_RESOURCE);
            ScenarioSpec spec = new ScenarioFields(reading).scenario(new Block(reading, "", ROOT, ROOT, 1),
                    "reference");
            if (spec == null || reading.hasProblems()) {
                throw new IllegalStateException(REFERENCE_RESOURCE + " is not a valid scenario");
            }
            return spec;
        }

        private static MappingNode load() {
            try (InputStream in = ScenarioReader.class.getClassLoader().getResourceAsStream(REFERENCE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(REFERENCE_RESOURCE + " is missing from the class path");
                }
                Node root = YamlTree.composeShipped(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!(root instanceof MappingNode map)) {
                    throw new IllegalStateException(REFERENCE_RESOURCE + " is not a YAML map");
                }
                return map;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
