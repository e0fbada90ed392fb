package org.plsim.calibration;

import org.plsim.study.Published;
import org.plsim.study.Reproduction;
import org.plsim.study.Study;
import org.plsim.study.StudyScenario;

/**
 * One study before and after calibration: the model with the start values beside the model with the fitted
 * values, both at the calibration's seed and replicates with evidence held at those values.
 *
 * @param study    the study
 * @param inSample true for a target (fitted to), false for a held-out study (only checked)
 * @param before   the reproduction with the start values
 * @param after    the reproduction with the fitted values
 */
public record StudyFit(StudyScenario study, boolean inSample, Reproduction before, Reproduction after) {
    /**
     * The yardstick of a study's miss: half the width of its published interval, {@code (high - low) / 2}.
     * A miss of one scale is a model mean at the edge of a symmetric interval; studies that pin their
     * estimate down tightly weigh more than studies that report a broad band.
     */
    public static double scale(Study study) {
        Published p = study.published();
        return (p.high() - p.low()) / 2;
    }

    /** A reproduction's term of the objective: {@code ((model mean - published estimate) / scale)^2}. */
    public static double term(Reproduction r) {
        double z = (r.model().mean() - r.study().published().estimate()) / scale(r.study());
        return z * z;
    }

    public String id() {
        return study.id();
    }

    public double termBefore() {
        return term(before);
    }

    public double termAfter() {
        return term(after);
    }
}
