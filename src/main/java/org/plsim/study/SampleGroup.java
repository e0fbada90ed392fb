package org.plsim.study;

import java.util.ArrayList;
import java.util.List;
import org.plsim.scenario.Grades;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.Violation;

/**
 * One group of alike schools in a study's sample: {@code schools} schools serving {@code lowGrade..highGrade},
 * about {@code students} in all (students spread evenly over the schools and grades).
 *
 * @param name      label of the group (elementary, middle, small_high …); {@code study} for a one-group sample
 * @param students  students in the group's schools (both of the study's groups: each arm of a PLSim pair has all)
 * @param schools   schools in the group
 * @param lowGrade  lowest grade (0 = K)
 * @param highGrade highest grade
 */
public record SampleGroup(String name, int students, int schools, int lowGrade, int highGrade) {
    public SampleGroup {
        List<Violation> found = new ArrayList<>();
        if (name == null || !name.matches("[a-z0-9_]{1,40}")) {
            found.add(new Violation("name", String.valueOf(name), "1-40 lower-case letters, digits and underscores"));
        }
        if (schools < 1 || schools > SchoolGroup.MAX_SCHOOLS) {
            found.add(new Violation("schools", Integer.toString(schools), "1 to " + SchoolGroup.MAX_SCHOOLS));
        }
        if (lowGrade < Grades.K || highGrade > Grades.TWELFTH || lowGrade > highGrade) {
            found.add(new Violation("grades", lowGrade + "-" + highGrade, "a span LOW-HIGH of grades K-12, e.g. 3-5"));
        } else if (schools >= 1 && (students < schools * (highGrade - lowGrade + 1)
                || students > (long) schools * (highGrade - lowGrade + 1) * SchoolGroup.MAX_STUDENTS_PER_GRADE)) {
            long grades = highGrade - lowGrade + 1;
            found.add(new Violation("students", Integer.toString(students), "at least one student per grade per "
                    + "school, at most " + SchoolGroup.MAX_STUDENTS_PER_GRADE + " (" + schools * grades + " to "
                    + schools * grades * SchoolGroup.MAX_STUDENTS_PER_GRADE + ")"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    public int grades() {
        return highGrade - lowGrade + 1;
    }

    public boolean serves(int grade) {
        return grade >= lowGrade && grade <= highGrade;
    }

    /** The group's schools for the model: students spread evenly over schools and grades. */
    public SchoolGroup schoolGroup() {
        int perGrade = (int) Math.max(1, Math.round(students / (double) (schools * grades())));
        return new SchoolGroup(name, schools, lowGrade, highGrade, perGrade);
    }

    /** The grade span as a scenario file writes it, e.g. {@code K-5}, {@code 4}. */
    public String gradeLabel() {
        return lowGrade == highGrade ? Grades.label(lowGrade) : Grades.label(lowGrade) + "-" + Grades.label(highGrade);
    }
}
