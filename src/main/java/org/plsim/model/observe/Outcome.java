package org.plsim.model.observe;

import org.plsim.scenario.Grades;

/**
 * One aggregate measurement leaving the model: a mean (or share, or count) over the students of one grade
 * (or {@link #ALL_GRADES}) and subgroup, at the end of one school year.
 *
 * @param year    school year (1-based); 0 is the fall baseline before the grant
 * @param grade   grade 0 (K) to 12, or {@link #ALL_GRADES}
 * @param subject tested subject, or {@link Subject#ALL}
 * @param group   student subgroup
 * @param measure what is measured; its unit is {@link Measure#unit()}
 * @param value   the mean, share or count
 * @param n       students the value is computed over
 */
public record Outcome(int year, int grade, Subject subject, Subgroup group, Measure measure, double value, long n) {
    public static final int ALL_GRADES = -1;

    public String gradeLabel() {
        return grade == ALL_GRADES ? "all" : Grades.label(grade);
    }
}
