package org.plsim.study;

import java.util.ArrayList;
import java.util.List;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.Grades;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * The outcome the study reports: which measure (standardized test, aligned test, growth, a rate), subject,
 * follow-up year (or span of years), grades tested and subgroup. Several grades, and several years when a
 * study reports one effect averaged over its years, are pooled student-weighted: every student tested in a
 * year and grade of the span counts once for that year, as when a study pools its test scores.
 *
 * @param measure   what was measured ({@code achievement}: a standardized test; {@code aligned_mastery}: a
 *                  curriculum-aligned test; {@code gain}: a year's growth; or a rate)
 * @param subject   math or reading ({@code all} for measures without a subject)
 * @param firstYear first follow-up year pooled (= {@code year} for a single year's result)
 * @param year      (last) follow-up year, 1 = the end of the program's first school year
 * @param lowGrade  lowest grade tested at follow-up
 * @param highGrade highest grade tested at follow-up
 * @param subgroup  the students the result is about
 */
public record StudyOutcome(Measure measure, Subject subject, int firstYear, int year, int lowGrade, int highGrade,
                           Subgroup subgroup) {
    /** Measures a study may report: the model's student outcomes (costs and enrolment are not results). */
    public static final List<Measure> MEASURES = List.of(Measure.ACHIEVEMENT, Measure.ALIGNED_MASTERY,
            Measure.PROFICIENT, Measure.GAIN,
            Measure.ATTENDANCE, Measure.CHRONIC_ABSENCE, Measure.ENGAGEMENT, Measure.ON_TRACK, Measure.GRADUATION,
            Measure.COLLEGE_ENROLLMENT, Measure.COHORT_GRADUATION, Measure.COLLEGE_TWO_YEAR, Measure.COLLEGE_FOUR_YEAR,
            Measure.COLLEGE_WITHIN_1, Measure.COLLEGE_WITHIN_2, Measure.COLLEGE_WITHIN_4, Measure.COLLEGE_CREDITS);

    public StudyOutcome {
        List<Violation> found = new ArrayList<>();
        if (measure == null || !MEASURES.contains(measure)) {
            found.add(new Violation("measure", String.valueOf(measure == null ? null : measure.label()),
                    String.join(", ", MEASURES.stream().map(Measure::label).toList())));
        }
        if (subject == null || subgroup == null) {
            found.add(new Violation(subject == null ? "subject" : "subgroup", "nothing", "a value"));
        }
        if (year < 1 || year > 12 || firstYear < 1 || firstYear > year) {
            found.add(new Violation("year", yearLabel(firstYear, year), "a follow-up year from 1 to 12, or a span "
                    + "FIRST-LAST of them pooled (e.g. 1-3)"));
        }
        if (lowGrade < Grades.K || highGrade > Grades.TWELFTH || lowGrade > highGrade) {
            found.add(new Violation("grades", lowGrade + "-" + highGrade, "a span LOW-HIGH of grades K-12, e.g. 4-5"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** A single year's result. */
    public StudyOutcome(Measure measure, Subject subject, int year, int lowGrade, int highGrade, Subgroup subgroup) {
        this(measure, subject, year, year, lowGrade, highGrade, subgroup);
    }

    public boolean tests(int grade) {
        return grade >= lowGrade && grade <= highGrade;
    }

    /** Whether follow-up year {@code y} is pooled into the result. */
    public boolean pools(int y) {
        return y >= firstYear && y <= year;
    }

    /** {@code 3}, or {@code 1-3} for a result pooled over years 1 to 3. */
    public String yearLabel() {
        return yearLabel(firstYear, year);
    }

    private static String yearLabel(int first, int last) {
        return first == last ? Integer.toString(last) : first + "-" + last;
    }

    /** A short description, e.g. {@code achievement (math), grades 3-5, year 1, low_income}. */
    public String describe() {
        String grades = lowGrade == highGrade ? "grade " + Grades.label(lowGrade)
                : "grades " + Grades.label(lowGrade) + "-" + Grades.label(highGrade);
        return measure.label() + (subject == Subject.ALL ? "" : " (" + subject.label() + ")") + ", " + grades
                + (firstYear == year ? ", year " : ", pooled over years ") + yearLabel()
                + (subgroup == Subgroup.ALL ? "" : ", " + subgroup.label());
    }
}
