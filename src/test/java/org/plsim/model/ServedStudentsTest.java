package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/**
 * Students served: the same students in both arms, so the paired effect on them is the effect on the treated,
 * at least the whole-district effect when the plan reaches some students and equal to it when it reaches all.
 */
class ServedStudentsTest {
    private final ScenarioRunner runner = new ScenarioRunner(ComponentRegistry.discover(), 2);

    @Test
    void withPartCoverage_servedStudentsGainMoreThanTheWholeDistrict() {
        ScenarioResult r = runner.run(blended(0.4, "3-8"), ProgressListener.NONE);
        for (ReplicateResult rep : r.replicates()) {
            for (int year = 1; year <= 2; year++) {
                double all = effect(rep, year, Subgroup.ALL);
                double served = effect(rep, year, Subgroup.SERVED);
                assertTrue(all > 0, "the plan raises math at all, year " + year + ": " + all);
                assertTrue(served > all, "served " + served + " SD vs whole district " + all + " SD, year " + year);
                assertTrue(count(rep, Arm.TREATMENT, year, Subgroup.SERVED)
                        < count(rep, Arm.TREATMENT, year, Subgroup.ALL), "only some students are served");
            }
        }
    }

    @Test
    void atFullCoverageOfEveryGrade_servedIsTheWholeDistrict() {
        ScenarioResult r = runner.run(blended(1.0, "K-12"), ProgressListener.NONE);
        for (ReplicateResult rep : r.replicates()) {
            for (int year = 1; year <= 2; year++) {
                assertEquals(count(rep, Arm.TREATMENT, year, Subgroup.ALL),
                        count(rep, Arm.TREATMENT, year, Subgroup.SERVED), "everyone served, year " + year);
                assertEquals(effect(rep, year, Subgroup.ALL), effect(rep, year, Subgroup.SERVED), 0.0,
                        "year " + year);
            }
        }
    }

    @Test
    void bothArmsServeTheSameStudents_gradeByGrade() {
        ScenarioResult r = runner.run(blended(0.4, "3-8"), ProgressListener.NONE);
        ReplicateResult rep = r.replicates().get(0);
        for (int year = 1; year <= 2; year++) {
            for (int grade = 0; grade <= 12; grade++) {
                assertEquals(enrolled(rep.arm(Arm.TREATMENT), year, grade), enrolled(rep.arm(Arm.BAU), year, grade),
                        "served students in grade " + grade + ", year " + year);
            }
        }
        assertTrue(enrolled(rep.arm(Arm.BAU), 1, 5).orElse(0.0) > 0, "grade 5 has served students");
        assertFalse(enrolled(rep.arm(Arm.BAU), 1, 10).isPresent(), "grade 10 is not in the plan's span");
    }

    @Test
    void theBusinessAsUsualArm_marksWhomThePlanReaches_butStaysBusinessAsUsual() {
        ScenarioSpec spec = blended(0.4, "3-8");
        ReplicateResult rep = runner.run(spec, ProgressListener.NONE).replicates().get(0);
        List<Outcome> alone = new java.util.ArrayList<>();
        new DistrictModel(spec, rep.key().runSeed(), List.of(), alone::add, 1).run();
        List<Outcome> bau = rep.arm(Arm.BAU).stream().filter(o -> o.group() != Subgroup.SERVED
                && o.measure() != Measure.COST).toList();
        assertEquals(alone.size(), bau.size(), "the same rows but the served ones");
        for (int i = 0; i < bau.size(); i++) {
            Outcome a = alone.get(i);
            Outcome b = bau.get(i);
            assertEquals(List.of(a.year(), a.grade(), a.subject(), a.group(), a.measure(), a.n()),
                    List.of(b.year(), b.grade(), b.subject(), b.group(), b.measure(), b.n()), "row " + i);
            // summed in another order (served students sit in cells of their own): equal to rounding
            assertEquals(a.value(), b.value(), 1e-12, "row " + i + ": " + a);
        }
    }

    @Test
    void withoutComponents_noArmHasServedRows() {
        ScenarioResult r = runner.run(Districts.small(2), ProgressListener.NONE);
        for (ReplicateResult rep : r.replicates()) {
            for (Arm arm : Arm.values()) {
                assertTrue(rep.arm(arm).stream().noneMatch(o -> o.group() == Subgroup.SERVED), arm.label());
            }
        }
    }

    /** Each component's reach-only year start, in the business-as-usual arm, draws what its full one draws. */
    @ParameterizedTest
    @ValueSource(strings = {"blended_learning", "learning_plans", "competency_progression", "partnerships"})
    void eachComponentAlone_startingLate_marksTheSameStudentsInBothArms(String component) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("rollout", Map.of("coverage", 0.4, "grades", "3-8", "start_year", 2));
        ScenarioSpec base = Districts.small(2);
        ScenarioSpec spec = new ScenarioSpec(base.id(), base.title(), 3, base.weeksPerYear(), base.replicates(),
                base.seed(), base.district(), base.bau(), List.of(new ComponentSpec(component, s)));
        ReplicateResult rep = runner.run(spec, ProgressListener.NONE).replicates().get(0);
        for (int year = 1; year <= 3; year++) {
            for (int grade = 0; grade <= 12; grade++) {
                assertEquals(enrolled(rep.arm(Arm.TREATMENT), year, grade), enrolled(rep.arm(Arm.BAU), year, grade),
                        component + ": served students in grade " + grade + ", year " + year);
            }
        }
        assertTrue(enrolled(rep.arm(Arm.BAU), 3, Outcome.ALL_GRADES).orElse(0.0) > 0, component + " serves some");
    }

    @Test
    void beforeTheStartYear_noOneIsServed() {
        ScenarioResult r = runner.run(blended(1.0, "K-12", 2), ProgressListener.NONE);
        ReplicateResult rep = r.replicates().get(0);
        assertFalse(enrolled(rep.arm(Arm.BAU), 1, Outcome.ALL_GRADES).isPresent(), "year 1: not started");
        assertTrue(enrolled(rep.arm(Arm.BAU), 2, Outcome.ALL_GRADES).isPresent(), "year 2: started");
    }

    private static ScenarioSpec blended(double coverage, String grades) {
        return blended(coverage, grades, 1);
    }

    private static ScenarioSpec blended(double coverage, String grades, int startYear) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fidelity", Map.of("start", 1.0, "peak", 1.0, "ramp_years", 0));
        s.put("rollout", Map.of("coverage", coverage, "grades", grades, "start_year", startYear));
        ScenarioSpec base = Districts.small(2);
        return new ScenarioSpec(base.id(), base.title(), base.years(), base.weeksPerYear(), base.replicates(),
                base.seed(), base.district(), base.bau(), List.of(new ComponentSpec("blended_learning", s)));
    }

    private static double effect(ReplicateResult rep, int year, Subgroup group) {
        return value(rep.arm(Arm.TREATMENT), year, Measure.ACHIEVEMENT, group)
                - value(rep.arm(Arm.BAU), year, Measure.ACHIEVEMENT, group);
    }

    private static double count(ReplicateResult rep, Arm arm, int year, Subgroup group) {
        return value(rep.arm(arm), year, Measure.ENROLLMENT, group);
    }

    private static double value(List<Outcome> outs, int year, Measure m, Subgroup g) {
        return outs.stream().filter(o -> o.year() == year && o.measure() == m && o.group() == g
                        && o.grade() == Outcome.ALL_GRADES && (m == Measure.ENROLLMENT || o.subject() == Subject.MATH))
                .mapToDouble(Outcome::value).findFirst().orElseThrow(() -> new AssertionError("no " + g.label()
                        + " " + m + " in year " + year));
    }

    private static Optional<Double> enrolled(List<Outcome> outs, int year, int grade) {
        return outs.stream().filter(o -> o.year() == year && o.grade() == grade && o.group() == Subgroup.SERVED
                && o.measure() == Measure.ENROLLMENT).map(Outcome::value).findFirst();
    }
}
