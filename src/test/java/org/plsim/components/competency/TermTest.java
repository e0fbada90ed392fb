package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plsim.components.common.Fidelity;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Rollout;
import org.plsim.model.observe.Subject;

/** The year's worked-out constants give the mechanism's numbers to the last bit. */
class TermTest {
    @Test
    void rateFromItsExponent_andBusinessAsUsualMastery_areTheMasteryModels_toTheBit() {
        MasteryModel m = new MasteryModel(0.72, 0.55, 0.15, 2.0, 0.4, 0.2, 0.5);
        Implementation impl = new Implementation(true, new Rollout(List.of(), 0, 12, 1, 1.0),
                new Fidelity(1, 1, 0), 4, 1.0, 0.5);
        CompetencyPlan plan = new CompetencyPlan(impl, List.of(Subject.MATH), 9, 0.8, 0.8, 0.5, 2, 30, 0.5);
        Term t = new Term(m, plan, 4.0, 36.0, 1.0);
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 200_000; k++) {
            double z = rng.nextGaussian() * 1.5;
            double p = k % 4 == 0 ? 0.0 : k % 4 == 1 ? -0.0 : rng.nextGaussian() * 0.3;
            double transferred = k % 3 == 0 ? 0.0 : rng.nextDouble() * 0.2;
            double rate = t.rateOf(t.rateExponent(z, p));
            assertEquals(Double.doubleToLongBits(m.rate(z, p)), Double.doubleToLongBits(rate), z + ", " + p);
            double usual = t.rateExponent(z - transferred, 0);
            assertEquals(Double.doubleToLongBits(m.bauMastery(z - transferred)),
                    Double.doubleToLongBits(MasteryModel.mastery(t.rateOf(usual), 1.0)));
            if (t.rateExponent(z, p) == usual) {   // the one-exp path: the unit's own rate is business as usual's
                assertEquals(Double.doubleToLongBits(m.bauMastery(z - transferred)),
                        Double.doubleToLongBits(MasteryModel.mastery(rate, 1.0)));
            }
        }
    }
}
