package org.plsim.scenario;

/**
 * A group of alike schools in a district, e.g. six K–5 elementary schools of about 90 students a grade.
 *
 * @param name             label used in outputs (elementary, middle, high …)
 * @param count            number of schools in the group, 1–2,000
 * @param lowGrade         lowest grade served (0 = K)
 * @param highGrade        highest grade served (12 at most)
 * @param studentsPerGrade students per grade in each school at the start, 1–5,000
 */
public record SchoolGroup(String name, int count, int lowGrade, int highGrade, int studentsPerGrade) {
    public static final int MAX_SCHOOLS = 2_000;
    public static final int MAX_STUDENTS_PER_GRADE = 5_000;

    public SchoolGroup {
        new Checks()
                .require(name != null && !name.isBlank(), "name", String.valueOf(name), "a non-empty label")
                .intRange("count", count, 1, MAX_SCHOOLS)
                .intRange("students_per_grade", studentsPerGrade, 1, MAX_STUDENTS_PER_GRADE)
                .require(lowGrade >= Grades.K && highGrade <= Grades.TWELFTH && lowGrade <= highGrade, "grades",
                        Grades.label(Math.max(0, lowGrade)) + "-" + highGrade,
                        "a span LOW-HIGH of grades K–12 with LOW ≤ HIGH, e.g. K-5, 6-8, 9-12")
                .throwIfAny();
    }

    public int gradesServed() {
        return highGrade - lowGrade + 1;
    }

    public long students() {
        return (long) count * gradesServed() * studentsPerGrade;
    }

    public boolean serves(int grade) {
        return grade >= lowGrade && grade <= highGrade;
    }
}
