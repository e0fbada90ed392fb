package org.plsim.io.input;

import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/** One test per kind of bad input: each names the field path, the line, what was found and what is allowed. */
class ScenarioReaderProblemsTest {
    static final Path BAD = Path.of("src/test/resources/bad-scenarios");
    /** Memory is tested on its own; elsewhere the host's heap must not matter. */
    static final HeapBudget ROOMY = new HeapBudget(Long.MAX_VALUE, 1);

    @Test
    void missingFile_isReportedWithoutALine() {
        Problem p = only(problems(BAD.resolve("no-such-file.yaml")));
        assertProblem(p, 0, "", "no such file");
        assertEquals(BAD.resolve("no-such-file.yaml").toString(), p.file());
    }

    @Test
    void directory_isReportedAsNotAScenarioFile() {
        assertProblem(only(problems(BAD)), 0, "", "is a directory");
    }

    @Test
    void fileThatIsNotUtf8_isReportedAsUnreadable(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9});
        assertProblem(only(problems(file)), 0, "", "not UTF-8");
    }

    @Test
    void emptyFile_isReportedOnLineOne() {
        assertProblem(only(fixture("empty.yaml")), 1, "", "the file is empty");
    }

    @Test
    void malformedYaml_isReportedAtSnakeYamlsLine() {
        assertProblem(only(fixture("malformed.yaml")), 5, "", "malformed YAML: mapping values are not allowed");
    }

    @Test
    void topLevelList_isReportedAsNotAMap() {
        assertProblem(only(fixture("not-a-map.yaml")), 2, "", "found a list of 2 items", "a YAML map");
    }

    @Test
    void misspeltKey_suggestsTheClosestKnownKey_andAFarOneListsTheKnownKeys() {
        List<Problem> ps = fixture("unknown-key.yaml");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "district.class_sise", "unknown key 'class_sise'", "did you mean 'class_size'?");
        assertProblem(ps.get(1), 5, "district.mascot", "unknown key 'mascot'", "allowed here: name, schools");
    }

    @Test
    void textWhereANumberIsNeeded_saysWhatWasFound() {
        List<Problem> ps = fixture("string-for-number.yaml");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "district.class_size", "found the text 'twenty'", "allowed: a whole number");
        assertProblem(ps.get(1), 5, "district.low_income_share", "\"0.6\"", "remove the quotes", "allowed: a number");
    }

    @Test
    void listWhereAMapIsNeeded_andMapWhereAListIsNeeded_areBothReported() {
        List<Problem> ps = fixture("list-for-map.yaml");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "district.baseline", "found a list of 2 items", "a map with keys math, reading");
        assertProblem(ps.get(1), 5, "district.schools", "found a map", "allowed: a list");
    }

    @Test
    void fractionWhereAWholeNumberIsNeeded_isReported() {
        List<Problem> ps = fixture("fractional-count.yaml");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 3, "replicates", "found 2.5", "a whole number");
        assertProblem(ps.get(1), 7, "district.schools[0].count", "found 3.5", "a whole number");
    }

    @Test
    void negativeAndZeroCounts_areOutOfRange() {
        List<Problem> ps = fixture("non-positive-counts.yaml");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 6, "district.schools[0].count", "found -3", "a whole number from 1 to 2000");
        assertProblem(ps.get(1), 8, "district.schools[0].students_per_grade", "found 0", "from 1 to 5000");
    }

    @Test
    void sharesOutsideZeroToOne_areOutOfRange() {
        List<Problem> ps = fixture("share-out-of-range.yaml");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "district.low_income_share", "found 1.4", "a number from 0 to 1");
        assertProblem(ps.get(1), 5, "district.disability_share", "found -0.1", "a number from 0 to 1");
    }

    @Test
    void gradeSpanWithTheHighestFirst_isReported() {
        assertProblem(only(fixture("grades-reversed.yaml")), 7, "district.schools[0].grades", "found '5-K'",
                "lowest first", "K-5");
    }

    @Test
    void gradeSpanPastTwelve_isReported() {
        assertProblem(only(fixture("grades-beyond-twelve.yaml")), 7, "district.schools[0].grades", "found 'K-13'",
                "grades K, 1 … 12");
    }

    @Test
    void districtOverTheStudentCap_isReportedOnTheSchools() {
        assertProblem(only(fixture("too-many-students.yaml")), 4, "district.schools", "130,000,000 students",
                "at most 2,000,000");
    }

    @Test
    void districtThatDoesNotFitInTheHeap_saysHowMuchIsNeededAndHowToRaiseIt() {
        String yaml = "title: big\nreplicates: 10\ndistrict:\n  schools:\n"
                + "    - {name: all, count: 300, grades: K-12, students_per_grade: 500}\n";
        HeapBudget small = new HeapBudget(256L << 20, 8);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioReader(small).readString(yaml, "big.yaml"));
        assertProblem(only(e.problems()), 4, "district.schools", "1,950,000 students", "1,551 MiB", "8 arms",
                "at most 256 MiB", "-Xmx2g", "PLSIM_JAVA_OPTS");
    }

    @Test
    void keyGivenTwice_isReportedAtTheSecond() {
        assertProblem(only(fixture("duplicate-key.yaml")), 4, "title", "a second time (first on line 2)");
    }

    @Test
    void schoolGroupWithoutAField_isReportedAtTheGroup() {
        assertProblem(only(fixture("missing-school-field.yaml")), 5, "district.schools[0].students_per_grade",
                "missing", "a whole number");
    }

    @Test
    void fileNameThatGivesNoValidId_isReportedOnTheId() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioReader(ROOMY).readString("title: x\n", "dir/_draft.yaml"));
        assertProblem(only(e.problems()), 1, "id", "the file name gives '-draft'");
    }

    @Test
    void violationsOfALaterCheck_areReportedAtTheKeysLine_orAtItsParentMapWhenTheKeyIsAbsent() {
        String yaml = "title: checked\ndistrict:\n  name: Somewhere\ncomponents:\n  tutoring:\n    minutes: -5\n";
        ScenarioReader reader = new ScenarioReader(ROOMY).withCheck(spec -> {
            throw new InvalidSpecException(List.of(
                    new Violation("components.tutoring.minutes", "-5", "a positive number of minutes"),
                    new Violation("district.class_size", "24", "at most 20 for tutoring")));
        });
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.readString(yaml, "checked.yaml"))
                .problems();
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 2, "district.class_size", "found 24, allowed: at most 20 for tutoring");
        assertProblem(ps.get(1), 6, "components.tutoring.minutes", "found -5, allowed: a positive number");
    }

    @Test
    void componentProblems_areReportedEvenWhenOtherFieldsAreInvalid() {
        String yaml = "years: 40\ncomponents:\n  ghost: {}\n";
        ScenarioReader reader = new ScenarioReader(ROOMY).withCheck(spec -> {
            throw new InvalidSpecException(List.of(
                    new Violation("components.ghost", "unknown component 'ghost'", "one of extra_practice"),
                    new Violation("district.class_size", "24", "a stand-in value, not the file's: left out")));
        });
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.readString(yaml, "ghost.yaml"))
                .problems();
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 1, "years", "found 40");
        assertProblem(ps.get(1), 3, "components.ghost", "unknown component 'ghost'");
    }

    @Test
    void everyProblemInAFile_isReported_inFileOrder() {
        List<Problem> ps = fixture("many-problems.yaml");
        assertEquals(List.of("3 years", "5 district.class_sise", "6 district.english_learner_share",
                        "10 district.schools[0].grades", "14 business_as_usual.teacher_va_sd.math",
                        "16 components.tutoring"),
                ps.stream().map(p -> p.line() + " " + p.field()).toList(), ps::toString);
        ps.forEach(p -> assertEquals(BAD.resolve("many-problems.yaml").toString(), p.file()));
    }

    @Test
    void aSplitShareForAMisspeltComponent_isRefusedWithTheClosestName_andNoWarningBesideIt() {
        String yaml = "components:\n  blended_learning: {}\nbudget:\n  total_dollars: 20000000\n  split:\n"
                + "    blended_learnig: 0.5\n";
        ComponentRegistry installed = ComponentRegistry.discover();
        ScenarioReader reader = new ScenarioReader(ROOMY)
                .withCheck(spec -> installed.createAll(spec, EvidenceRegistry.builtIn().central(spec)));
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.readString(yaml, "split.yaml"))
                .problems();
        assertProblem(only(ps), 6, "budget.split.blended_learnig", "unknown component 'blended_learnig' (did you "
                + "mean 'blended_learning'?)", "allowed: one of blended_learning, competency_progression");
    }

    @Test
    void twoSchoolGroupsWithOneName_areRefusedAtTheSecond_butNotWhileAGroupBeforeItIsUnread() {
        String school = "  - {name: elementary, count: 1, grades: K-5, students_per_grade: %s}\n";
        String two = "district:\n  schools:\n" + school.formatted(10) + school.formatted(10);
        assertProblem(only(problems(two)), 4, "district.schools[1].name", "'elementary' a second time (first as "
                + "schools[0].name)");
        String three = "district:\n  schools:\n" + school.formatted(-1) + school.formatted(10) + school.formatted(10);
        // the first group is unread, so the third is the district's second: its index would be wrong, and waits
        assertEquals(List.of("district.schools[0].students_per_grade"),
                problems(three).stream().map(Problem::field).toList());
    }

    // ---------------------------------------------------------------------------------------------

    static List<Problem> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> new ScenarioReader(ROOMY).readString(yaml, "s.yaml"))
                .problems();
    }

    static List<Problem> fixture(String name) {
        return problems(BAD.resolve(name));
    }

    static List<Problem> problems(Path file) {
        return assertThrows(ScenarioException.class, () -> new ScenarioReader(ROOMY).read(file)).problems();
    }

    static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    static void assertProblem(Problem p, int line, String field, String... fragments) {
        assertEquals(line, p.line(), p::toString);
        assertEquals(field, p.field(), p::toString);
        for (String f : fragments) {
            assertTrue(p.message().contains(f), () -> "expected '" + f + "' in: " + p);
        }
    }
}
