package org.plsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class EffectSummaryTest {
    @Test
    void percentileGain_ofTwoTenthsSd_isAboutEightPoints() {
        // Φ(0.2) = 0.579260 from a normal table: a median student moves to the 57.9th percentile
        assertEquals(7.925971, EffectSummary.percentileGain(0.2), 1e-6);
        assertEquals(0.0, EffectSummary.percentileGain(0.0), 1e-12);
        assertEquals(-7.925971, EffectSummary.percentileGain(-0.2), 1e-6);
    }

    @Test
    void kraftBands_splitAtFiveAndTwentyHundredths_bySize() {
        assertEquals(KraftBand.SMALL, KraftBand.of(0.0499));
        assertEquals(KraftBand.MEDIUM, KraftBand.of(0.05));
        assertEquals(KraftBand.MEDIUM, KraftBand.of(0.1999));
        assertEquals(KraftBand.LARGE, KraftBand.of(0.20));
        assertEquals(KraftBand.MEDIUM, KraftBand.of(-0.10));
        assertEquals(KraftBand.LARGE, KraftBand.of(-0.25));
    }

    @Test
    void achievementSummary_carriesPercentileGainAndBandOfItsMeanEffect() {
        EffectSummary s = summary(Measure.ACHIEVEMENT, 0.1, 0.2, 0.3);

        assertEquals(3, s.replicates());
        assertEquals(EffectSummary.percentileGain(0.2), s.percentileGain(), 1e-12);
        assertEquals(Optional.of(KraftBand.LARGE), s.band());
    }

    @Test
    void attendanceSummary_hasNoPercentileGainOrBand_forItIsNotInSdUnits() {
        EffectSummary s = summary(Measure.ATTENDANCE, 0.01, 0.02, 0.03);

        assertTrue(Double.isNaN(s.percentileGain()));
        assertEquals(Optional.empty(), s.band());
    }

    private static EffectSummary summary(Measure measure, double... effects) {
        EffectKey key = new EffectKey(1, Outcome.ALL_GRADES, Subject.MATH, Subgroup.ALL, measure);
        double[] zeros = new double[effects.length];
        return new EffectSummary(key, MeanEstimate.of(effects), MeanEstimate.of(zeros), MeanEstimate.of(effects));
    }
}
