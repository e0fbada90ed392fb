package org.plsim.bench.conventional;

import java.util.List;
import org.plsim.scenario.Grades;

/**
 * Spring sums of the conventional model, per year: gain by subject and grade, and days absent by whether
 * students are low-income — what the agreement test compares with the array model's outcomes.
 */
final class YearEndTally {
    private final double[][][] gain;
    private final long[][] count;
    /** [year][1 if low-income]: days absent, and students. */
    private final long[][] absent;
    private final long[][] byIncome;

    YearEndTally(int years) {
        gain = new double[years + 1][2][Grades.COUNT];
        count = new long[years + 1][Grades.COUNT];
        absent = new long[years + 1][2];
        byIncome = new long[years + 1][2];
    }

    void measure(int year, List<Campus> campuses) {
        for (Campus c : campuses) {
            for (Student s : c.students) {
                gain[year][0][s.grade] += s.math - s.mathAtYearStart;
                gain[year][1][s.grade] += s.reading - s.readingAtYearStart;
                count[year][s.grade]++;
                int li = s.lowIncome ? 1 : 0;
                absent[year][li] += s.daysAbsent;
                byIncome[year][li]++;
            }
        }
    }

    double meanGain(int year, int subject, int grade) {
        return gain[year][subject][grade] / count[year][grade];
    }

    /** Mean gain of all grades together. */
    double meanGain(int year, int subject) {
        double sum = 0;
        long n = 0;
        for (int g = 0; g < Grades.COUNT; g++) {
            sum += gain[year][subject][g];
            n += count[year][g];
        }
        return sum / n;
    }

    /** Share of days attended: low-income students (1), the others (0), or everyone (-1). */
    double attendance(int year, int lowIncome, int daysPerYear) {
        long days = lowIncome < 0 ? absent[year][0] + absent[year][1] : absent[year][lowIncome];
        long n = lowIncome < 0 ? byIncome[year][0] + byIncome[year][1] : byIncome[year][lowIncome];
        return 1.0 - days / ((double) n * daysPerYear);
    }
}
