package org.plsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.PairedEffect;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.HandMadeSweep;

/** One run of a sweep: both arms at the point, the replicate's seed, the sweep's outputs, and nothing else. */
class SweepRunTest {
    private static final HandMadeSweep PLAN = HandMadeSweep.of(4, 0.0, 0.004, 0.008);
    private final SweepRun run = SweepRun.of(PLAN);

    @Test
    void theResult_dependsOnTheKeyAlone() {
        RunResult a = run.run(new SweepKey(2, 3));
        RunResult b = SweepRun.of(PLAN).run(new SweepKey(2, 3));
        assertEquals(a.effects(), b.effects());
        assertNotEquals(a.effects(), run.run(new SweepKey(2, 1)).effects(), "another replicate, other numbers");
    }

    @Test
    void replicateR_hasOneRunSeedAtEveryPoint() {
        long seed = PLAN.runSeed(3);
        for (int p = 0; p < 3; p++) {
            RunResult r = run.run(new SweepKey(p, 3));
            assertEquals(seed, r.runSeed());
            assertTrue(r.effects().stream().allMatch(e -> e.runSeed() == seed && e.replicate() == 3));
        }
    }

    @Test
    void keptEffects_areTheSweepsOutputs_allGradesOnly() {
        List<PairedEffect> effects = run.run(new SweepKey(1, 0)).effects();
        assertTrue(effects.stream().allMatch(e -> HandMadeSweep.OUTPUTS.measures().contains(e.key().measure())
                && HandMadeSweep.OUTPUTS.subgroups().contains(e.key().group())
                && e.key().grade() == Outcome.ALL_GRADES), effects.toString());
        assertTrue(effects.stream().anyMatch(e -> e.key().group() == Subgroup.LOW_INCOME));
        assertTrue(effects.stream().anyMatch(e -> e.key().measure() == Measure.COST));
    }

    @Test
    void theEffectIsTreatmentMinusBusinessAsUsual_zeroWhereTheComponentDoesNothing() {
        assertTrue(run.run(new SweepKey(0, 1)).effects().stream().allMatch(e -> e.effect() == 0.0),
                "sd_per_week 0: the arms agree exactly (common random numbers)");
        PairedEffect math = run.run(new SweepKey(2, 1)).effects().stream()
                .filter(e -> e.key().year() == 1 && e.key().measure() == Measure.ACHIEVEMENT
                        && e.key().subject() == Subject.MATH && e.key().group() == Subgroup.ALL)
                .findFirst().orElseThrow();
        assertTrue(math.effect() > 0.1, "36 weeks at 0.008 SD: " + math.effect());
        assertEquals(math.treatment() - math.bau(), math.effect());
    }

    @Test
    void withoutAnAdaptiveRule_nothingIsWatched() {
        assertTrue(Double.isNaN(run.run(new SweepKey(0, 0)).watched()));
    }
}
