package org.plsim.io.input;

import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plsim.io.input.ScenarioReaderProblemsTest.assertProblem;
import static org.plsim.io.input.ScenarioReaderProblemsTest.only;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.testing.TinyCohort;

/**
 * A bad scenarios design is reported like any bad sweep file — the sweep file, line and field
 * ({@code design.files[i]}), what was found, what is allowed — and a bad scenario file inside it by the item
 * that names it, quoting the file's own problem (with the file's name and line), all of them listed after.
 */
class CohortSweepProblemsTest {
    @TempDir
    Path dir;
    Path sweep;

    @BeforeEach
    void cohort() {
        sweep = TinyCohort.write(dir);
    }

    @Test
    void aMissingFile_isReportedAtItsItem_namingTheFile() {
        Problem p = only(problems("""
                design:
                  type: scenarios
                  files:
                    - ../scenarios/alpha.yaml
                    - ../scenarios/nowhere.yaml
                """));
        assertProblem(p, 5, "design.files[1]", "found '../scenarios/nowhere.yaml', allowed: a valid scenario file; "
                + "its problem: " + dir.resolve("scenarios/nowhere.yaml") + ": no such file");
        assertEquals(sweep.toString(), p.file());
    }

    @Test
    void anInvalidFile_isReportedAtThePatternThatMatchedIt_quotingItsProblem_thenListingAllWithTheirLines()
            throws IOException {
        Path beta = dir.resolve("scenarios/beta.yaml");
        Files.writeString(beta, Files.readString(beta).replace("low_income_share: 0.6", "low_income_share: 1.6")
                .replace("  name: Beta", "  name: Beta\n  class_sise: 20"));
        List<Problem> ps = problems("title: t\ndesign:\n  type: scenarios\n  files: [../scenarios/*.yaml]\n");
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "design.files[0]", "'../scenarios/beta.yaml' (matched by '../scenarios/*.yaml')",
                "allowed: a valid scenario file; the first of its 2 problems (all listed below with the file's own "
                + "lines): " + beta + ":6: district.class_sise: unknown key 'class_sise'", "did you mean 'class_size'?");
        assertEquals(sweep.toString(), ps.get(0).file());
        assertEquals(beta.toString(), ps.get(1).file());
        assertProblem(ps.get(1), 6, "district.class_sise", "unknown key");
        assertProblem(ps.get(2), 10, "district.low_income_share", "found 1.6");
    }

    @Test
    void aPlanWhoseFixedCostsExceedItsAward_isRefusedWhenTheSweepIsRead_atItsFile() throws IOException {
        Files.writeString(dir.resolve("scenarios/gamma.yaml"),
                TinyCohort.scenario("Gamma", "blended_learning", "K-8", 5_000));
        Problem p = only(problems("design:\n  type: scenarios\n  files:\n    - ../scenarios/*.yaml\n"));
        assertProblem(p, 4, "design.files[0]", "at point 2 (gamma, '../scenarios/gamma.yaml' (matched by",
                "budget.total_dollars: found a plan costing", "even at coverage 0 its fixed costs exceed the budget");
    }

    @Test
    void patternsThatMatchNothing_andFilesNamedTwice_areReportedAtTheirItems() {
        List<Problem> ps = problems("""
                design:
                  type: scenarios
                  files: [../scenarios/*.yml, ../scenarios/alpha.yaml, ../scenarios/./alpha.yaml]
                """);
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 3, "design.files[0]", "found the pattern '../scenarios/*.yml', which matches no file");
        assertProblem(ps.get(1), 3, "design.files[2]", "'../scenarios/./alpha.yaml' again (also design.files[1])",
                "each scenario file once");
    }

    @Test
    void aBase_factors_andMissingFiles_areRefusedInAScenariosDesign_andFilesInAnotherDesign() {
        List<Problem> ps = problems("""
                base: ../scenarios/alpha.yaml
                design: scenarios
                factors:
                  district.class_size: {levels: [20, 24]}
                """);
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 1, "base", "found a base scenario in a scenarios design", "set:");
        assertProblem(ps.get(1), 2, "design.files", "missing", "files: [../rttd-2012/*.yaml]");
        assertProblem(ps.get(2), 3, "factors", "found factors in a scenarios design, allowed: none");
        assertProblem(only(problems("""
                base: ../scenarios/alpha.yaml
                design: {type: factorial, files: [../scenarios/*.yaml]}
                factors: {district.class_size: {levels: [20, 24]}}
                """)), 2, "design.files", "found files in a factorial design", "only for scenarios");
    }

    @Test
    void twoFilesWithOneId_andFilesThatDisagreeOnSeedOrReplicates_needTheSweepToSay() throws Exception {
        Files.writeString(dir.resolve("scenarios/delta.yaml"), "id: alpha\nseed: 5\n"
                + TinyCohort.scenario("Delta", "partnerships", "K-8", 100_000).replace("replicates: 2", "replicates: 3"));
        List<Problem> ps = problems("design:\n  type: scenarios\n  files: [../scenarios/*.yaml]\n");
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 1, "seed", "missing, and the scenario files give different seeds",
                "../scenarios/alpha.yaml: 20120101", "../scenarios/delta.yaml: 5", "the sweep's own seed");
        assertProblem(ps.get(1), 1, "replicates", "give different replicates", "../scenarios/delta.yaml: 3");
        assertProblem(ps.get(2), 3, "design.files[0]", "found '../scenarios/delta.yaml'", "whose scenario id 'alpha' "
                + "is also '../scenarios/alpha.yaml'", "give one of the files its own id:");
        Files.writeString(sweep, "seed: 1\nreplicates: 2\ndesign:\n  type: scenarios\n  files: [../scenarios/beta.yaml, "
                + "../scenarios/delta.yaml]\n");
        var plan = SweepFiles.reader().read(sweep);
        assertEquals(1L, plan.sweepSeed(), "the sweep's own seed settles it");
        assertEquals(2, plan.replicates().fixed());
        assertEquals(List.of("beta", "alpha"), plan.points().stream().map(p -> p.label()).toList());
    }

    private List<Problem> problems(String text) {
        try {
            Files.writeString(sweep, text);
            SweepFiles.reader().read(sweep);
        } catch (ScenarioException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected problems in:\n" + text);
    }
}
