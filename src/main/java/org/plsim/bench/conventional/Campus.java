package org.plsim.bench.conventional;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.plsim.model.agent.BusinessAsUsualRule;
import org.plsim.scenario.SchoolGroup;

/** One school of the conventional model: a list of its students and its classroom teachers. */
final class Campus {
    final int lowGrade;
    final int highGrade;
    /** Students each grade of a new entry cohort brings (the spec's students per grade). */
    final int cohort;
    final List<Student> students = new ArrayList<>();
    final List<Teacher> teachers = new ArrayList<>();

    /** A campus of school group {@code group}, as yet without students or staff. */
    Campus(SchoolGroup group) {
        this.lowGrade = group.lowGrade();
        this.highGrade = group.highGrade();
        this.cohort = group.studentsPerGrade();
    }

    /** Fall: staff turnover after the first year, classes formed, then each student's year recomputed. */
    void startYear(boolean turnover, BusinessAsUsualRule rule, MersenneTwisterFast random) {
        if (turnover) {
            for (Teacher t : teachers) {
                t.turnOver(rule, random);
            }
        }
        formClasses(!turnover, rule, random);
        for (Student s : students) {
            s.startYear(rule, random);
        }
    }

    /** Deals each grade's students, shuffled, into classrooms of at most the class size; hires as needed. */
    private void formClasses(boolean opening, BusinessAsUsualRule rule, MersenneTwisterFast random) {
        int classSize = rule.district().classSize();
        int offset = 0;
        for (int g = lowGrade; g <= highGrade; g++) {
            List<Student> grade = new ArrayList<>();
            for (Student s : students) {
                if (s.grade == g) {
                    grade.add(s);
                }
            }
            for (int k = grade.size() - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                Student tmp = grade.get(k);
                grade.set(k, grade.get(j));
                grade.set(j, tmp);
            }
            int rooms = (grade.size() + classSize - 1) / classSize;
            while (teachers.size() < offset + rooms) {
                teachers.add(Teacher.hire(rule, random, opening));
            }
            for (int k = 0; k < grade.size(); k++) {
                grade.get(k).teacher = teachers.get(offset + k % rooms);
            }
            offset += rooms;
        }
    }
}
