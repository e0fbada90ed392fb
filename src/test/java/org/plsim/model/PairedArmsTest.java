package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.experiment.ProgressListener;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/** Both arms of a replicate share students, teachers and noise: effects are paired differences. */
class PairedArmsTest {
    private final ComponentRegistry registry = ComponentRegistry.discover();

    @Test
    void withNoComponent_theTwoArmsAreBitForBitIdentical() {
        ScenarioResult r = new ScenarioRunner(registry, 2).run(Districts.small(3), ProgressListener.NONE);
        for (ReplicateResult rep : r.replicates()) {
            assertEquals(rep.arm(Arm.BAU), rep.arm(Arm.TREATMENT), "replicate " + rep.key().replicate());
        }
    }

    @Test
    void replicates_differFromEachOther() {
        ScenarioResult r = new ScenarioRunner(registry, 1).run(Districts.small(1), ProgressListener.NONE);
        assertNotEquals(r.replicates().get(0).arm(Arm.BAU), r.replicates().get(1).arm(Arm.BAU));
    }

    @Test
    void aComponentThatDrawsButDoesNothing_leavesTheArmsIdentical() {
        // Its own stream is separate from every stream the model draws from: switching it on moves nothing.
        ScenarioSpec spec = withComponent(Map.of("sd_per_week", 0.0, "reach", 0.5));
        ScenarioResult r = new ScenarioRunner(registry, 2).run(spec, ProgressListener.NONE);
        for (ReplicateResult rep : r.replicates()) {
            assertEquals(rep.arm(Arm.BAU), rep.arm(Arm.TREATMENT));
        }
    }

    @Test
    void aPlugInComponent_changesOnlyTheTreatmentArm_byTheExpectedAmount() {
        double perWeek = 0.004;
        ScenarioSpec spec = withComponent(Map.of("sd_per_week", perWeek, "reach", 1.0));
        ScenarioResult r = new ScenarioRunner(registry, 2).run(spec, ProgressListener.NONE);
        ReplicateResult rep = r.replicates().get(0);
        double t = value(rep.arm(Arm.TREATMENT), 1, Measure.ACHIEVEMENT, Subject.MATH);
        double b = value(rep.arm(Arm.BAU), 1, Measure.ACHIEVEMENT, Subject.MATH);
        // 36 weeks of +0.004 less what mean reversion takes back within the year (none: it is set at the
        // start of the year), so exactly 0.144 SD, since both arms share every other draw.
        assertEquals(36 * perWeek, t - b, 1e-9, "paired math effect after one year");
        assertEquals(value(rep.arm(Arm.BAU), 1, Measure.ACHIEVEMENT, Subject.READING),
                value(rep.arm(Arm.TREATMENT), 1, Measure.ACHIEVEMENT, Subject.READING), 0.0, "reading untouched");
        assertEquals(value(rep.arm(Arm.BAU), 1, Measure.ATTENDANCE, Subject.ALL),
                value(rep.arm(Arm.TREATMENT), 1, Measure.ATTENDANCE, Subject.ALL), 0.0, "attendance untouched");
        assertTrue(value(rep.arm(Arm.TREATMENT), 2, Measure.ACHIEVEMENT, Subject.MATH)
                - value(rep.arm(Arm.BAU), 2, Measure.ACHIEVEMENT, Subject.MATH) > 36 * perWeek,
                "effects accumulate over years for students who stay");
    }

    private ScenarioSpec withComponent(Map<String, Object> settings) {
        ScenarioSpec base = Districts.small(2);
        return new ScenarioSpec(base.id(), base.title(), base.years(), base.weeksPerYear(), base.replicates(),
                base.seed(), base.district(), base.bau(), List.of(new ComponentSpec("extra_practice", settings)));
    }

    static double value(List<Outcome> outs, int year, Measure m, Subject s) {
        return outs.stream().filter(o -> o.year() == year && o.measure() == m && o.subject() == s
                && o.group() == Subgroup.ALL && o.grade() == Outcome.ALL_GRADES)
                .findFirst().orElseThrow().value();
    }
}
