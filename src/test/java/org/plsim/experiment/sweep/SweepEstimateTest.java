package org.plsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.HandMadeSweep;

/** A sweep's size before it starts: points × replicates × 2 arms, student-weeks, a shard's share, a rough time. */
class SweepEstimateTest {
    /** A plan whose points are checked at read time (as a sweep file's), counting the scenarios asked for. */
    private record Counting(HandMadeSweep plan, List<Integer> asked) implements SweepPlan {
        Counting(HandMadeSweep plan) {
            this(plan, new ArrayList<>());
        }

        @Override
        public ScenarioSpec scenario(int point) {
            asked.add(point);
            return plan.scenario(point);
        }

        @Override
        public ScenarioSpec plannedScenario(int point) {
            return plan.scenario(point);
        }

        @Override
        public boolean pointsChecked() {
            return true;
        }

        @Override
        public String sweepId() {
            return plan.sweepId();
        }

        @Override
        public String title() {
            return plan.title();
        }

        @Override
        public String designType() {
            return plan.designType();
        }

        @Override
        public List<String> factors() {
            return plan.factors();
        }

        @Override
        public List<DesignPoint> points() {
            return plan.points();
        }

        @Override
        public long sweepSeed() {
            return plan.sweepSeed();
        }

        @Override
        public long runSeed(int replicate) {
            return plan.runSeed(replicate);
        }

        @Override
        public Replicates replicates() {
            return plan.replicates();
        }

        @Override
        public Outputs outputs() {
            return plan.outputs();
        }

        @Override
        public String fingerprint() {
            return plan.fingerprint();
        }

        @Override
        public Map<String, Object> toTree() {
            return plan.toTree();
        }
    }

    @Test
    void runs_arePointsTimesReplicatesTimesTwoArms_andStudentWeeksFollow() {
        HandMadeSweep plan = HandMadeSweep.of(4, 0.0, 0.004, 0.008);
        SweepEstimate e = SweepEstimate.of(plan, Shard.WHOLE, 2);

        assertEquals(12, e.runs());
        assertEquals(24, e.armRuns());
        assertEquals(24.0 * plan.scenario(0).studentWeeks(), e.studentWeeks(), 1e-6);
        assertEquals((e.studentWeeks() / SweepEstimate.STUDENT_WEEKS_PER_SECOND + 12 * SweepEstimate.SECONDS_PER_RUN)
                / 2, e.seconds(), 1e-12);
        assertTrue(e.describe().startsWith("3 points × 4 replicates × 2 arms = 24 arm runs, "), e.describe());
        assertTrue(e.describe().contains("on 2 threads (estimated at 4.5 M student-weeks a second a thread and 0.01 s a paired run"),
                e.describe());
    }

    @Test
    void aShard_countsItsShare_andAdaptiveReplicates_countAtTheirMost() {
        HandMadeSweep plan = HandMadeSweep.of(4, 0.0, 0.004, 0.008);
        SweepEstimate shard = SweepEstimate.of(plan, new Shard(1, 5), 1);
        assertEquals(new Shard(1, 5).runs(3, 4), shard.runs());
        assertTrue(shard.describe().contains("(this shard: " + 2 * shard.runs() + ")"), shard.describe());

        SweepEstimate adaptive = SweepEstimate.of(plan.withReplicates(new Replicates(2, new Replicates.Adaptive(
                Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL, 1, 0.01, 50, 2))), Shard.WHOLE, 1);
        assertEquals(150, adaptive.runs());
        assertTrue(adaptive.describe().contains("at most 50 replicates × 2 arms = at most 300 arm runs"),
                adaptive.describe());
    }

    @Test
    void durations_readAsAPersonSaysThem() {
        assertEquals("40 s", SweepEstimate.duration(40));
        assertEquals("12 min", SweepEstimate.duration(720));
        assertEquals("3.5 hours", SweepEstimate.duration(3.5 * 3600));
        assertEquals("9.2 days", SweepEstimate.duration(9.2 * 86400));
    }

    @Test
    void pointsCheckedWhenRead_areHeldToTheirBudgetOnlyWhenTheyFirstRun() {
        Counting plan = new Counting(HandMadeSweep.of(2, 0.0, 0.004, 0.008));
        SweepRun run = SweepRun.of(plan);
        assertEquals(List.of(), plan.asked(), "nothing fitted before the first run");
        SweepEstimate.of(plan, Shard.WHOLE, 1);
        assertEquals(List.of(), plan.asked(), "the estimate reads the planned scenarios");

        run.run(new SweepKey(1, 0));
        run.run(new SweepKey(1, 1));
        assertEquals(List.of(1), plan.asked(), "point 1 once, when it first ran");
    }
}
