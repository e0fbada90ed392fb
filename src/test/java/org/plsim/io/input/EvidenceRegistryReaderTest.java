package org.plsim.io.input;

import org.plsim.io.files.Sha256;
import org.plsim.io.yaml.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plsim.evidence.EvidenceRegistry;

/** The registry file: the shipped one loads, and a bad one says what is wrong, where. */
class EvidenceRegistryReaderTest {
    static final Path SHIPPED = Path.of("src/main/resources/org/plsim/evidence/registry.yaml");
    static final Path BAD = Path.of("src/test/resources/bad-registries");

    @Test
    void theShippedRegistry_loadsOnce_andIsTheOneOnTheClassPath() throws Exception {
        EvidenceRegistry registry = EvidenceRegistryReader.builtIn();
        assertSame(registry, EvidenceRegistryReader.builtIn());
        assertSame(registry, EvidenceRegistry.builtIn(), "the runner's registry is the reader's, via ServiceLoader");
        assertEquals(Sha256.of(Files.readAllBytes(SHIPPED)), registry.sha256());
        assertEquals(registry.ids(), EvidenceRegistryReader.read(SHIPPED).ids());
        assertTrue(registry.ids().size() >= 47, registry.ids()::toString);
    }

    @Test
    void centralValueAboveTheRange_isReportedAtItsLine() {
        Problem p = only("central-out-of-range.yaml");
        assertProblem(p, 9, "parameters.implementation.x.central", "found 0.9", "from low (0.2) to high (0.8)");
    }

    @Test
    void unknownDistributionAndGrades_areReportedWithWhatIsAllowed() {
        List<Problem> ps = problems("unknown-words.yaml");
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 5, "sources.someone-2020.grade", "found assumption", "one of A, B, C, M");
        assertProblem(ps.get(1), 14, "parameters.implementation.x.distribution", "found 'lognormal'",
                "one of triangular, normal, uniform, fixed");
        assertProblem(ps.get(2), 15, "parameters.implementation.x.grade", "found 'B+'", "assumption");
    }

    @Test
    void anUndefinedSource_isReportedOnTheParametersSources() {
        assertProblem(only("undefined-source.yaml"), 14, "parameters.implementation.x.sources", "'nobody-1999'",
                "not defined under sources");
    }

    @Test
    void missingFieldsMisspeltKeysAndWrongTypes_areAllReported() {
        List<Problem> ps = problems("missing-and-misspelt.yaml");
        assertEquals(List.of("3 sources.someone-2020.citation", "6 parameters.implementation.x.description",
                        "6 parameters.implementation.x.unit", "8 parameters.implementation.x.decription",
                        "9 parameters.implementation.x.central"),
                ps.stream().map(p -> p.line() + " " + p.field()).toList(), ps::toString);
        assertTrue(ps.get(0).message().startsWith("missing"), ps.get(0)::toString);
        assertTrue(ps.get(3).message().contains("did you mean 'description'?"), ps.get(3)::toString);
        assertTrue(ps.get(4).message().contains("found the text 'half', allowed: a number"), ps.get(4)::toString);
    }

    @Test
    void anIdOutsideItsComponent_isReportedOnTheComponent() {
        assertProblem(only("wrong-component.yaml"), 6, "parameters.blended_learning.x.component", "'partnerships'",
                "'blended_learning'");
    }

    @Test
    void aFileThatIsNotARegistry_isReportedOnItsFirstLine() {
        assertProblem(only("empty.yaml"), 1, "", "the file is empty");
        assertProblem(only("not-a-map.yaml"), 2, "", "found a list of 2 items",
                "allowed: a YAML map with keys sources and parameters");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistries")
    void everyBadRegistry_namesTheFileAndALine(Path file) {
        List<Problem> ps = assertThrows(EvidenceRegistryException.class, () -> EvidenceRegistryReader.read(file))
                .problems();
        assertTrue(!ps.isEmpty());
        ps.forEach(p -> assertTrue(p.file().equals(file.toString()) && p.line() > 0, p::toString));
    }

    static Stream<Path> badRegistries() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static List<Problem> problems(String fixture) {
        return assertThrows(EvidenceRegistryException.class, () -> EvidenceRegistryReader.read(BAD.resolve(fixture)))
                .problems();
    }

    private static Problem only(String fixture) {
        List<Problem> ps = problems(fixture);
        assertEquals(1, ps.size(), ps::toString);
        return ps.get(0);
    }

    private static void assertProblem(Problem p, int line, String field, String... fragments) {
        ScenarioReaderProblemsTest.assertProblem(p, line, field, fragments);
    }
}
