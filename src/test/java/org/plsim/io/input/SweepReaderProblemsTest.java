package org.plsim.io.input;

import org.plsim.io.yaml.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plsim.io.input.ScenarioReaderProblemsTest.assertProblem;
import static org.plsim.io.input.ScenarioReaderProblemsTest.only;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of bad sweep file: each problem names the sweep file's line and field, what was found
 * and what is allowed, and for a misspelt name the closest known one. Problems found by applying a point
 * are reported at the line of the factor that caused them.
 */
class SweepReaderProblemsTest {
    @TempDir
    Path dir;

    @Test
    void misspeltKeys_suggestTheClosestKnownKey_atEveryLevel() {
        List<Problem> ps = problems("""
                base: base.yaml
                replicate: 4
                design: {type: factorial, pionts: 3}
                factors:
                  district.class_size: {levles: [20, 24]}
                outputs: {measure: [achievement]}
                """);
        assertEquals(5, ps.size(), ps::toString);
        assertProblem(ps.get(0), 2, "replicate", "unknown key 'replicate'", "did you mean 'replicates'?");
        assertProblem(ps.get(1), 3, "design.pionts", "unknown key 'pionts'", "did you mean 'points'?");
        assertProblem(ps.get(2), 5, "factors.district.class_size", "found neither levels nor range");
        assertProblem(ps.get(3), 5, "factors.district.class_size.levles", "did you mean 'levels'?");
        assertProblem(ps.get(4), 6, "outputs.measure", "did you mean 'measures'?");
    }

    @Test
    void unknownScenarioField_isFoundByApplyingThePoint_andReportedAtTheFactorsLine() {
        Problem p = only(problems("""
                base: base.yaml
                design: factorial
                factors:
                  district.class_sise: {levels: [20, 24]}
                """));
        assertProblem(p, 4, "factors.district.class_sise", "at point 0 (class_sise=20)", "unknown key 'class_sise'",
                "did you mean 'class_size'?", "(and at 1 more point)");
    }

    @Test
    void badLevelValues_areFoundByApplyingThePoints_scenarioFieldsAndComponentSettingsAlike() {
        List<Problem> ps = problems("""
                base: base.yaml
                design: factorial
                factors:
                  district.class_size: {levels: [24, 500]}
                  components.blended_learning.fidelity.peak: {levels: [0.8, 1.5]}
                  components.blended_learning.software: {levels: [adaptive, tutoring]}
                """);
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "factors.district.class_size", "at point 4 (class_size=500 peak=0.8 "
                + "software=adaptive)", "found 500, allowed: a whole number from 5 to 60", "(and at 3 more points)");
        assertProblem(ps.get(1), 5, "factors.components.blended_learning.fidelity.peak", "found 1.5",
                "a number from 0 to 1");
        assertProblem(ps.get(2), 6, "factors.components.blended_learning.software", "found 'tutoring'",
                "one of adaptive, computer_managed");
    }

    @Test
    void badPaths_throughAValue_pastAList_orToAnUnknownEvidenceParameter_areReportedAtTheirLines() {
        List<Problem> ps = problems("""
                base: base.yaml
                design: factorial
                factors:
                  district.counselor_ratio.max: {levels: [1]}
                  district.schools[5].count: {levels: [1]}
                  evidence.implementation.scale_attenuaton: {levels: [0.4]}
                  district..class_size: {levels: [1]}
                """);
        assertEquals(4, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "factors.district.counselor_ratio.max",
                "a path ending at district.counselor_ratio");
        assertProblem(ps.get(1), 5, "factors.district.schools[5].count", "item [5]", "from [0] to [2]");
        assertProblem(ps.get(2), 6, "factors.evidence.implementation.scale_attenuaton",
                "did you mean 'implementation.scale_attenuation'?");
        assertProblem(ps.get(3), 7, "factors.district..class_size", "found the path", "district.class_size");
    }

    @Test
    void fieldsTheSweepSetsItself_andComponentsOutsideTheBase_cannotBeFactors() {
        List<Problem> ps = problems("""
                base: base.yaml
                design: factorial
                factors:
                  seed: {levels: [1, 2]}
                  components.partnerships.mentoring: {levels: [true]}
                  components.blended_lerning.coaching: {levels: [true]}
                  components: {levels: [1]}
                """);
        assertEquals(4, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "factors.seed", "which the sweep sets itself");
        assertProblem(ps.get(1), 5, "factors.components.partnerships.mentoring",
                "which the base scenario does not switch on", "add partnerships to the base's components");
        assertProblem(ps.get(2), 6, "factors.components.blended_lerning.coaching", "did you mean 'blended_learning'?");
        assertProblem(ps.get(3), 7, "factors.components", "use design type component_mix");
    }

    @Test
    void rangeWithLowAboveHigh_andWholeNumberFieldsGivenAFractionalRange_areReported() {
        List<Problem> ps = problems("""
                base: base.yaml
                design: {type: latin_hypercube, points: 4}
                factors:
                  district.low_income_share: {range: [0.9, 0.4]}
                  district.class_size: {range: [20, 30]}
                  district.counselor_ratio: {range: [250.5, 500], integer: true}
                """);
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "factors.district.low_income_share.range", "found [0.9, 0.4]", "low below high");
        assertProblem(ps.get(1), 5, "factors.district.class_size", "allowed: a whole number",
                "add integer: true to the range");
        assertProblem(ps.get(2), 6, "factors.district.counselor_ratio.range", "whole-number ends");
    }

    @Test
    void designAndFactorMismatches_areReported_withWhatEachDesignTakes() {
        List<Problem> ps = problems("""
                base: base.yaml
                design:
                  type: factorial
                  points: 10
                factors:
                  district.low_income_share: {range: [0.4, 0.9]}
                  district.class_size: {levels: [20, 24], integer: true}
                """);
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 4, "design.points", "points only for latin_hypercube and random");
        assertProblem(ps.get(1), 6, "factors.district.low_income_share.range", "a factorial design runs listed levels");
        assertProblem(ps.get(2), 7, "factors.district.class_size.integer", "integer only with a range");
        Problem p = only(problems("""
                base: base.yaml
                design: {type: morris}
                factors:
                  district.class_size: {levels: [20, 24]}
                """));
        assertProblem(p, 4, "factors.district.class_size.levels", "range: [low, high]", "draws values from a range");
    }

    @Test
    void unknownDesignType_oddMorrisGrid_missingPoints_andTooManyPoints_areReported() {
        String factor = "factors: {a: {range: [0, 1]}}\n";
        assertProblem(only(problems("base: base.yaml\ndesign: {type: latin_hypercub, points: 5}\n" + factor)), 2,
                "design.type", "found design type 'latin_hypercub'", "did you mean 'latin_hypercube'?");
        assertProblem(only(problems("base: base.yaml\ndesign: {type: morris, levels: 5}\n" + factor)), 2,
                "design.levels", "found 5", "an even whole number");
        assertProblem(only(problems("base: base.yaml\ndesign: random\nfactors: {a: {range: [0, 1]}}\n")),
                2, "design.points", "missing");
        assertProblem(only(problems("base: base.yaml\ndesign: sobol\nfactors: {a: {range: [0, 1]}}\n")),
                2, "design.samples", "missing");
        assertProblem(problems("base: base.yaml\ndesign: {type: random, points: 4, samples: 8}\n" + factor).get(0),
                2, "design.samples", "found samples in a random design", "only for sobol");
        String levels = "{levels: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}";
        assertProblem(only(problems("base: base.yaml\ndesign: factorial\nfactors:\n  a: " + levels + "\n  b: " + levels
                + "\n  c: " + levels + "\n  d: " + levels + "\n")), 2, "design", "found 14641 design points",
                "at most 10000");
        assertProblem(only(problems("base: base.yaml\ndesign: {type: component_mix, components: [blended_learning, "
                + "learning_plan]}\n")), 2, "design.components[1]", "did you mean 'learning_plans'?");
    }

    @Test
    void aSobolDesignPastItsCap_isToldTheCapAndWhy_atTheDesignLine() {
        String two = "factors: {a: {range: [0, 1]}, b: {range: [0, 1]}}\n";
        assertProblem(only(problems("base: base.yaml\ndesign: {type: sobol, samples: 50001}\n" + two)), 2, "design",
                "found 200004 design points", "at most 200000 for a sobol design (N(k + 2) points for N samples and k "
                        + "factors; beyond that one machine's heap is the limit)");
        assertProblem(only(problems("base: base.yaml\ndesign: {type: sobol, samples: 70000}\n" + two)), 2,
                "design.samples", "found 70000", "from 2 to 66666");
    }

    @Test
    void adaptiveReplicates_withBadNumbers_reportEachOne() {
        List<Problem> ps = problems("""
                base: base.yaml
                design: factorial
                factors: {district.class_size: {levels: [20]}}
                replicates:
                  adaptive:
                    measure: cost_per_student
                    subject: math
                    target_half_width: -0.01
                    min: 1
                    max: 3
                    year: 5
                    batch: 0
                outputs:
                  measures: [achievement, acheivement]
                """);
        assertEquals(8, ps.size(), ps::toString);
        assertProblem(ps.get(0), 6, "replicates.adaptive.measure", "found cost_per_student, which outputs.measures "
                + "leaves out");
        assertProblem(ps.get(1), 7, "replicates.adaptive.subject", "found math for cost_per_student", "allowed: all");
        assertProblem(ps.get(2), 8, "replicates.adaptive.target_half_width", "found -0.01", "above 0");
        assertProblem(ps.get(3), 9, "replicates.adaptive.min", "found 1", "from 2 to 10000");
        assertProblem(ps.get(4), 10, "replicates.adaptive.max", "found max 3 below min 4");
        assertProblem(ps.get(5), 11, "replicates.adaptive.year", "found year 5", "1 to 2");
        assertProblem(ps.get(6), 12, "replicates.adaptive.batch", "found 0", "from 1 to 10000");
        assertProblem(ps.get(7), 14, "outputs.measures[1]", "found 'acheivement'", "did you mean 'achievement'?");
        assertProblem(only(problems("base: base.yaml\ndesign: factorial\nfactors: {a: {levels: [1]}}\nreplicates: "
                + "{adaptive: {min: 4}}\n")), 4, "replicates.adaptive.target_half_width", "missing");
    }

    @Test
    void setAndFactors_onTheSameField_andFactorsInsideOneAnother_areReported() {
        List<Problem> ps = problems("""
                base: base.yaml
                design: factorial
                set:
                  district.class_size: 20
                factors:
                  district.class_size: {levels: [24]}
                  district.baseline: {levels: [{math: 0, reading: 0}]}
                  district.baseline.math: {levels: [0.1]}
                """);
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 6, "factors.district.class_size", "the same field as set.district.class_size");
        assertProblem(ps.get(1), 8, "factors.district.baseline.math", "a field inside factor district.baseline");
    }

    @Test
    void aPlanOverItsBudget_isRefusedWhenTheSweepIsRead_atTheLineThatSetTheBudget() {
        Problem p = only(problems("""
                base: base.yaml
                design: factorial
                set:
                  budget.total_dollars: 1000
                factors:
                  components.blended_learning.pd_hours_per_teacher: {levels: [10, 30]}
                """));
        assertProblem(p, 4, "set.budget.total_dollars", "at point 0 (pd_hours_per_teacher=10)", "a plan costing",
                "(and at 1 more point)");
    }

    @Test
    void missingOrBadBase_isReportedAtTheBaseLine_withTheBaseFilesOwnProblemsAfter() {
        List<Problem> ps = problems("title: t\nbase: nowhere.yaml\ndesign: factorial\nfactors: {a: {levels: [1]}}\n");
        assertEquals(2, ps.size(), ps::toString);
        assertProblem(ps.get(0), 2, "base", "found 'nowhere.yaml', which cannot be used");
        assertProblem(ps.get(1), 0, "", "no such file");
        assertEquals(dir.resolve("nowhere.yaml").toString(), ps.get(1).file());
        ps = problems("design: factorial\nfactors: {a: {levels: [1]}}\n");
        assertProblem(only(ps), 1, "base", "missing");
    }

    @Test
    void emptyFile_andAListForAFile_areReportedAsNotASweep() {
        assertProblem(only(problems("# nothing yet\n")), 1, "", "the file is empty", "a YAML map of sweep keys");
        assertProblem(only(problems("- base.yaml\n")), 1, "", "found a list of 1 item", "a YAML map of sweep keys");
    }

    private List<Problem> problems(String sweep) {
        List<Problem> ps = SweepFiles.problems(dir, sweep);
        ps.stream().filter(p -> p.file().endsWith("sweep.yaml")).forEach(p ->
                assertEquals(dir.resolve("sweep.yaml").toString(), p.file()));
        return ps;
    }
}
