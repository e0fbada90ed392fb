package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;

/** {@code plsim validate}: OK lines on stdout, one {@code file:line: field: message} per problem on stderr. */
class ValidateCommandTest {
    static final Path BAD = Path.of("src/test/resources/bad-scenarios");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void validFiles_printOneOkLineEach_andExitZero() {
        assertEquals(0, Main.execute("validate", "scenarios/reference.yaml", "scenarios/quickstart.yaml"));
        assertEquals(List.of(
                "OK  scenarios/reference.yaml: reference, 19 schools, 14,040 students, 4 years, 10 replicates",
                "OK  scenarios/quickstart.yaml: quickstart, 6 schools, 4,160 students, 4 years, 4 replicates"),
                lines(out));
        assertEquals(List.of(), lines(err));
    }

    @Test
    void everyShippedScenarioAndSweepFile_isValid() throws java.io.IOException {
        List<String> files = new java.util.ArrayList<>();
        for (String dir : List.of("scenarios", "scenarios/components", "scenarios/sweeps")) {
            try (var s = java.nio.file.Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().forEach(files::add);
            }
        }
        List<String> args = new java.util.ArrayList<>(List.of("validate"));
        args.addAll(files);
        assertEquals(0, Main.execute(args.toArray(new String[0])), String.join("\n", lines(err)));
        assertEquals(files.size(), lines(out).size());
        assertTrue(lines(out).stream().anyMatch(l -> l.startsWith("OK  scenarios/sweeps/component-mix.yaml: sweep "
                + "component-mix, component_mix design, 16 points, 16 replicates a point; 16 points × 16 replicates × "
                + "2 arms = 512 arm runs, ") && l.contains(" student-weeks; about ")), lines(out).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFixtures")
    void eachBadFile_printsEveryProblemAsFileLineFieldMessage_andExitsTwo(Path file) {
        List<Problem> expected = assertThrows(ScenarioException.class, () -> new ScenarioReader().read(file))
                .problems();
        assertEquals(2, Main.execute("validate", file.toString()));
        assertEquals(expected.stream().map(Problem::toString).toList(), lines(err));
        lines(err).forEach(line -> assertTrue(line.startsWith(file + ":"), line));
        assertEquals(List.of(), lines(out));
    }

    @Test
    void misspeltKey_isPrintedWithItsLineFieldAndSuggestion() {
        Path file = BAD.resolve("unknown-key.yaml");
        assertEquals(2, Main.execute("validate", file.toString()));
        assertEquals(file + ":4: district.class_sise: unknown key 'class_sise', did you mean 'class_size'?",
                lines(err).get(0));
    }

    @Test
    void missingFile_isReported_andExitsTwo() {
        assertEquals(2, Main.execute("validate", "scenarios/no-such-scenario.yaml"));
        assertEquals(List.of("scenarios/no-such-scenario.yaml: no such file"), lines(err));
    }

    @Test
    void mixOfValidAndInvalidFiles_reportsEach_andExitsTwo() {
        Path bad = BAD.resolve("share-out-of-range.yaml");
        assertEquals(2, Main.execute("validate", bad.toString(), "scenarios/quickstart.yaml"));
        assertEquals(1, lines(out).size());
        assertTrue(lines(out).get(0).startsWith("OK  scenarios/quickstart.yaml: quickstart"));
        assertEquals(2, lines(err).size());
    }

    @Test
    void unknownComponent_isCaughtByValidate_atItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ghost.yaml"), "title: ghost\ncomponents:\n  no_such_component:\n");
        assertEquals(2, Main.execute("validate", file.toString()));
        assertEquals(1, lines(err).size(), err::toString);
        assertTrue(lines(err).get(0).startsWith(file + ":3: components.no_such_component: found unknown component"),
                err::toString);
    }

    @Test
    void validate_writesNoFile(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of("scenarios/quickstart.yaml"), dir.resolve("q.yaml"));
        assertEquals(0, Main.execute("validate", file.toString()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void noFile_isAUsageError() {
        assertEquals(2, Main.execute("validate"));
        assertFalse(lines(err).isEmpty());
    }

    static Stream<Path> badFixtures() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }
}
