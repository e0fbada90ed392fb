package org.plsim.study;

import java.util.ArrayList;
import java.util.List;
import org.plsim.scenario.Grades;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.Violation;

/**
 * Who and how long a study followed: PLSim builds the study's district from it (one group of {@code schools}
 * alike schools serving {@code lowGrade..highGrade}, about {@code students} in all) and runs {@code years}.
 *
 * @param students  students in the study (both groups: each arm of a PLSim pair has all of them)
 * @param schools   schools in the study
 * @param lowGrade  lowest grade studied (0 = K)
 * @param highGrade highest grade studied
 * @param years     school years from the start of the program to the last follow-up, 1–12
 */
public record Sample(int students, int schools, int lowGrade, int highGrade, int years) {
    public Sample {
        List<Violation> found = new ArrayList<>();
        if (schools < 1 || schools > SchoolGroup.MAX_SCHOOLS) {
            found.add(new Violation("schools", Integer.toString(schools), "1 to " + SchoolGroup.MAX_SCHOOLS));
        }
        if (lowGrade < Grades.K || highGrade > Grades.TWELFTH || lowGrade > highGrade) {
            found.add(new Violation("grades", lowGrade + "-" + highGrade, "a span LOW-HIGH of grades K-12, e.g. 3-5"));
        } else if (schools >= 1 && (students < schools * (highGrade - lowGrade + 1)
                || students > (long) schools * (highGrade - lowGrade + 1) * SchoolGroup.MAX_STUDENTS_PER_GRADE)) {
            found.add(new Violation("students", Integer.toString(students), "at least one student per grade per "
                    + "school, at most " + SchoolGroup.MAX_STUDENTS_PER_GRADE + " (" + schools * (highGrade - lowGrade + 1)
                    + " to " + (long) schools * (highGrade - lowGrade + 1) * SchoolGroup.MAX_STUDENTS_PER_GRADE + ")"));
        }
        if (years < 1 || years > 12) {
            found.add(new Violation("years", Integer.toString(years), "1 to 12 school years"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    public int grades() {
        return highGrade - lowGrade + 1;
    }

    /** The study's schools: {@code schools} alike schools, students spread evenly over their grades. */
    public SchoolGroup schoolGroup() {
        int perGrade = (int) Math.max(1, Math.round(students / (double) (schools * grades())));
        return new SchoolGroup("study", schools, lowGrade, highGrade, perGrade);
    }

    /** The grade span as a scenario file writes it, e.g. {@code K-5}, {@code 4}. */
    public String gradeLabel() {
        return lowGrade == highGrade ? Grades.label(lowGrade) : Grades.label(lowGrade) + "-" + Grades.label(highGrade);
    }
}
