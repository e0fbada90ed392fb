package org.plsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioReader;

/**
 * Every shipped study validates, runs, and reproduces within its published interval — with the settings
 * {@code plsim reproduce} uses, so the verdicts here are the report's — or its file states the gap, and then
 * the test holds the gap to be real (a study that starts to reproduce must lose its known_gap note).
 */
class ShippedStudiesReproduceTest {
    static final Path STUDIES = Path.of("scenarios/studies");
    private static final ComponentRegistry COMPONENTS = ComponentRegistry.discover();
    private static final ScenarioReader READER = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1))
            .withCheck(spec -> BudgetFit.checked(spec, COMPONENTS, EvidenceRegistry.builtIn()));
    private static final Reproducer REPRODUCER = new Reproducer(new ScenarioRunner(COMPONENTS, 2),
            Reproducer.DEFAULT_MAX_REPLICATES);

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(STUDIES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void atLeastEightStudies_coveringNormsEveryComponentAndScale() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 8, files.toString());
        List<StudyScenario> studies = files.stream().map(f -> {
            try {
                return READER.readStudy(f);
            } catch (Exception e) {
                throw new AssertionError(f + ": " + e, e);
            }
        }).toList();
        assertTrue(studies.stream().anyMatch(s -> s.study().design() == StudyDesign.NORMS), "growth norms");
        for (String component : List.of("blended_learning", "learning_plans", "competency_progression",
                "partnerships")) {
            assertTrue(studies.stream().anyMatch(s -> s.spec().components().stream()
                    .anyMatch(c -> c.name().equals(component))), "a study of " + component);
        }
        assertTrue(studies.stream().anyMatch(s -> s.spec().district().students() >= 10_000), "a study at scale");
    }

    /**
     * A study shipped as an out-of-sample check must stay one: it names no registry source, and no registry
     * source's citation opens with its citation's first author and year (a default drawn from it later would
     * make its agreement circular).
     */
    @Test
    void outOfSampleStudies_areNoSourceOfTheRegistry() throws Exception {
        List<String> registryCitations = EvidenceRegistry.builtIn().sources().stream()
                .map(src -> src.citation().toLowerCase(Locale.ROOT)).toList();
        int outOfSample = 0;
        for (Path f : files()) {
            Study study = READER.readStudy(f).study();
            if (!study.note().startsWith("Out of sample.")) {
                continue;
            }
            outOfSample++;
            assertTrue(study.source() == null || study.source().isBlank(), f + " names registry source "
                    + study.source());
            String citation = study.citation().toLowerCase(Locale.ROOT);
            String authorAndYear = citation.substring(0, citation.indexOf(',')) + citation.substring(
                    citation.indexOf('('), citation.indexOf(')') + 1);
            assertTrue(registryCitations.stream().noneMatch(c -> c.startsWith(citation.substring(0,
                    citation.indexOf(','))) && c.contains(authorAndYear.substring(authorAndYear.indexOf('(')))),
                    f + ": the registry cites " + authorAndYear);
        }
        assertTrue(outOfSample >= 6, "out-of-sample studies: " + outOfSample);
    }

    @TestFactory
    Stream<DynamicTest> eachStudy_reproducesWithinItsInterval_orNamesItsGap() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            StudyScenario s = READER.readStudy(f);
            for (Reproduction r : REPRODUCER.reproduceEach(s, ProgressListener.NONE)) {
                Published p = r.study().published();
                String said = String.format(Locale.ROOT, "%s: model %+.4f [%+.4f, %+.4f] over %d replicates vs "
                                + "published %+.3f [%+.3f, %+.3f]: gap %+.4f", r.id(), r.model().mean(),
                        r.model().ciLow(), r.model().ciHigh(), r.replicates(), p.estimate(), p.low(), p.high(), r.gap());
                if (r.study().hasKnownGap()) {
                    assertNotEquals(Verdict.WITHIN, r.verdict(), said + " - the study now reproduces: remove its "
                            + "known_gap note");
                } else {
                    assertEquals(Verdict.WITHIN, r.verdict(), said);
                }
            }
        }));
    }
}
