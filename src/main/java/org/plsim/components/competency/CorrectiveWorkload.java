package org.plsim.components.competency;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Erf;

/**
 * Expected corrective rounds per student per unit, worked out from the mechanism without running it (for
 * costs, which must come from the scenario alone): students' achievement normal around the district's
 * baseline with SD 1; for each achievement level the year's units in turn, each check failing with the
 * chance the measurement error gives, and each unit's expected mastery beyond business as usual carried to
 * the next unit as prerequisite (an expected-value recursion: no random numbers).
 */
final class CorrectiveWorkload {
    /** Gauss–Hermite points: exact enough for a smooth integrand over a normal distribution. */
    private static final GaussIntegrator HERMITE = new GaussIntegratorFactory().hermite(32);

    private CorrectiveWorkload() {
    }

    /**
     * @param baseline    mean achievement of the students, SD vs the national norm
     * @param proficiency teachers' proficiency with correctives, 0–1
     */
    static double roundsPerUnit(MasteryModel m, CompetencyPlan plan, double baseline, double proficiency) {
        Inputs key = new Inputs(m, plan.unitsPerYear(), plan.threshold(), plan.reliability(), plan.maxRounds(),
                baseline, proficiency);
        synchronized (WORKED) {
            Double known = WORKED.get(key);
            if (known != null) {
                return known;
            }
        }
        double rounds = integrate(m, plan, baseline, proficiency);
        synchronized (WORKED) {
            WORKED.put(key, rounds);
        }
        return rounds;
    }

    /**
     * What the workload depends on. A cost plan is worked out again for every design point of a sweep and
     * every step of holding a plan to its budget (coverage changes; these do not), and the integral was most of
     * reading a large sweep, so the last few results are kept: the same inputs give the same number.
     */
    private record Inputs(MasteryModel m, int units, double threshold, double reliability, int maxRounds,
                          double baseline, double proficiency) {
    }

    private static final int KEPT = 64;
    private static final Map<Inputs, Double> WORKED = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Inputs, Double> eldest) {
            return size() > KEPT;
        }
    };

    private static double integrate(MasteryModel m, CompetencyPlan plan, double baseline, double proficiency) {
        double sd = m.errorSd(plan.reliability(), 0.0);
        // E f(Z), Z ~ N(baseline, 1) = (1/√π) ∫ f(baseline + √2 x) e^{−x²} dx
        double integral = HERMITE.integrate(x -> rounds(m, plan, baseline + Math.sqrt(2) * x, sd, proficiency));
        return integral / Math.sqrt(Math.PI);
    }

    /** Expected rounds per unit, over the year's units, for a student at achievement {@code z}. */
    static double rounds(MasteryModel m, CompetencyPlan plan, double z, double errorSd, double proficiency) {
        double prerequisite = 0;
        double total = 0;
        for (int u = 0; u < plan.unitsPerYear(); u++) {
            double rate = m.rate(z, prerequisite);
            double mastery = MasteryModel.mastery(rate, 1.0);
            double reaching = 1.0;       // chance of reaching check k (all earlier checks failed)
            double finalMastery = 0;     // expected mastery when the student moves on
            for (int k = 0; k < plan.maxRounds(); k++) {
                double fail = failChance(mastery, plan.threshold(), errorSd);
                finalMastery += reaching * (1 - fail) * mastery;
                reaching *= fail;
                total += reaching;
                mastery = m.afterCorrective(mastery, rate, proficiency);
            }
            finalMastery += reaching * mastery;
            prerequisite = (finalMastery - m.bauMastery(z)) / m.scale();
        }
        return total / plan.unitsPerYear();
    }

    /** Chance that a check of error SD {@code errorSd} finds {@code mastery} below {@code threshold}. */
    static double failChance(double mastery, double threshold, double errorSd) {
        return 0.5 * Erf.erfc((mastery - threshold) / (errorSd * Math.sqrt(2)));
    }
}
