package org.plsim.bench;

import java.util.List;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.SchoolGroup;

/**
 * Benchmark districts of a requested size with a realistic K–12 shape: elementary schools (K–5) of about
 * 85 students a grade, middle schools (6–8) of about 250 and high schools (9–12) of about 400, each level
 * holding the same number of students per grade so that cohorts flow through unchanged. A 350,000-student
 * district (Miami-Dade's size) gets about 490 schools. Built as records directly: no YAML is involved.
 */
public final class BenchDistricts {
    /** Years of a benchmark run: an RTT-D grant's span. */
    public static final int YEARS = 4;
    /** Instructional weeks a year: a 180-day year. */
    public static final int WEEKS_PER_YEAR = 36;
    /** Root seed of every benchmark run (the work, not the numbers, is what is measured). */
    public static final long SEED = 20_120_101L;

    static final int ELEMENTARY_PER_GRADE = 85;
    static final int MIDDLE_PER_GRADE = 250;
    static final int HIGH_PER_GRADE = 400;

    private BenchDistricts() {
    }

    /** A district of about {@code students} students (within rounding of one school's grade), K–12. */
    public static ScenarioSpec ofSize(long students, int years, int weeksPerYear) {
        if (students < Grades.COUNT || students > DistrictSpec.MAX_STUDENTS) {
            throw new IllegalArgumentException(String.format("a district size must be from %d to %,d students, "
                    + "not %,d", Grades.COUNT, DistrictSpec.MAX_STUDENTS, students));
        }
        long perGrade = Math.max(1, Math.round(students / (double) Grades.COUNT));
        List<SchoolGroup> groups = List.of(
                level("elementary", 0, 5, perGrade, ELEMENTARY_PER_GRADE),
                level("middle", 6, 8, perGrade, MIDDLE_PER_GRADE),
                level("high", 9, Grades.TWELFTH, perGrade, HIGH_PER_GRADE));
        DistrictSpec district = new DistrictSpec("bench-" + students, groups, 0.55, 0.10, 0.13, 24, 450,
                -0.10, -0.10, 0.94);
        return new ScenarioSpec("bench-" + students, "plsim bench: business as usual, " + students + " students",
                years, weeksPerYear, 1, SEED, district, BusinessAsUsual.defaults(), List.of());
    }

    /** The default horizon: {@value #YEARS} years of {@value #WEEKS_PER_YEAR} weeks. */
    public static ScenarioSpec ofSize(long students) {
        return ofSize(students, YEARS, WEEKS_PER_YEAR);
    }

    /** The run seed every benchmark run of {@code spec} uses. */
    public static long runSeed(ScenarioSpec spec) {
        return RandomStreams.runSeed(spec.seed(), 0);
    }

    /** As many schools of about {@code typical} students a grade as carry {@code perGrade} students a grade. */
    private static SchoolGroup level(String name, int low, int high, long perGrade, int typical) {
        int count = (int) Math.max(1, Math.round(perGrade / (double) typical));
        int each = (int) Math.max(1, Math.round(perGrade / (double) count));
        return new SchoolGroup(name, count, low, high, each);
    }
}
