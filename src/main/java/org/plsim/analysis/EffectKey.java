package org.plsim.analysis;

import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.Grades;

/**
 * What one paired effect is about: one measure of one subgroup, in one grade and subject, at the end of one
 * school year. The two arms' outcomes with equal keys are paired.
 *
 * @param grade grade 0 (K) to 12, or {@link Outcome#ALL_GRADES}
 */
public record EffectKey(int year, int grade, Subject subject, Subgroup group, Measure measure) {
    public static EffectKey of(Outcome o) {
        return new EffectKey(o.year(), o.grade(), o.subject(), o.group(), o.measure());
    }

    /** {@code all}, {@code K}, {@code 1} … {@code 12}, as in the CSV files. */
    public String gradeLabel() {
        return grade == Outcome.ALL_GRADES ? "all" : Grades.label(grade);
    }

    /** Whether the measure is in student-level SD units, so effect-size conventions apply to it. */
    public boolean inSdUnits() {
        return measure == Measure.ACHIEVEMENT || measure == Measure.ALIGNED_MASTERY || measure == Measure.GAIN;
    }
}
