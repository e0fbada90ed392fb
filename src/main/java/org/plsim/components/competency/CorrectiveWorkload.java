package org.plsim.components.competency;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Erf;

/**
 * Expected corrective rounds per student per unit, worked out from the mechanism without running it (for
 * costs, which must come from the scenario alone): students' achievement normal around the district's
 * baseline with SD 1, each unit's first check and re-checks failing with the chance the measurement error
 * gives, no prerequisite gains (a first unit, so an upper bound for later ones).
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
        double sd = m.errorSd(plan.reliability(), 0.0);
        // E f(Z), Z ~ N(baseline, 1) = (1/√π) ∫ f(baseline + √2 x) e^{−x²} dx
        double integral = HERMITE.integrate(x -> rounds(m, plan, baseline + Math.sqrt(2) * x, sd, proficiency));
        return integral / Math.sqrt(Math.PI);
    }

    /** Expected rounds for a student at achievement {@code z}: each round follows a failed check. */
    static double rounds(MasteryModel m, CompetencyPlan plan, double z, double errorSd, double proficiency) {
        double rate = m.rate(z, 0);
        double mastery = MasteryModel.mastery(rate, 1.0);
        double stillFailing = 1.0;
        double expected = 0;
        for (int k = 0; k < plan.maxRounds(); k++) {
            stillFailing *= failChance(mastery, plan.threshold(), errorSd);
            expected += stillFailing;
            mastery = m.afterCorrective(mastery, rate, proficiency);
        }
        return expected;
    }

    /** Chance that a check of error SD {@code errorSd} finds {@code mastery} below {@code threshold}. */
    static double failChance(double mastery, double threshold, double errorSd) {
        return 0.5 * Erf.erfc((mastery - threshold) / (errorSd * Math.sqrt(2)));
    }
}
