package org.plsim.components.partnerships;

import java.util.ArrayList;
import java.util.List;
import org.plsim.testing.StubSchool;
import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A hand-built school for worked examples: students' grades, achievement and absence chances set by the
 * test; levers record what a component did (learning and mastery per subject, engagement, absence log-odds).
 */
final class FakeSchool extends StubSchool {
    final int id;
    final int[] grade;
    final double[][] achievement;
    final double[] absence;
    final int[] daysAbsent;
    final int[] teacherOf;
    final double[] engagement;
    final double[] mentoring;
    final double[][] learned;
    final double[] absenceOdds;
    int[] teacherGrade = {0};
    int[] teacherTenure = {3};
    double collaboration;
    private final List<float[]> columns = new ArrayList<>();

    /** {@code n} students in grade {@code g}, all with teacher 0 and a 5% absence chance. */
    FakeSchool(int id, int n, int g) {
        this.id = id;
        grade = new int[n];
        java.util.Arrays.fill(grade, g);
        achievement = new double[2][n];
        absence = new double[n];
        java.util.Arrays.fill(absence, 0.05);
        daysAbsent = new int[n];
        teacherOf = new int[n];
        engagement = new double[n];
        mentoring = new double[n];
        learned = new double[2][n];
        absenceOdds = new double[n];
    }

    void addColumn() {
        columns.add(new float[grade.length]);
    }

    private static int k(Subject s) {
        return s == Subject.MATH ? 0 : 1;
    }

    @Override public int id() { return id; }
    @Override public String type() { return "elementary"; }
    @Override public int size() { return grade.length; }
    @Override public int grade(int s) { return grade[s]; }
    @Override public double achievement(Subject subject, int s) { return achievement[k(subject)][s]; }
    @Override public double alignedMastery(Subject subject, int s) { return achievement[k(subject)][s]; }
    @Override public double engagement(int s) { return engagement[s]; }
    @Override public double absenceRate(int s) { return absence[s]; }
    @Override public int daysAbsent(int s) { return daysAbsent[s]; }
    @Override public int teacherOf(int s) { return teacherOf[s]; }
    @Override public int teacherCount() { return teacherGrade.length; }
    @Override public int teacherGrade(int t) { return teacherGrade[t]; }
    @Override public int teacherTenure(int t) { return teacherTenure[t]; }
    @Override public Network teacherNetwork() { return new Network(false); }
    @Override public double counselors() { return 1; }
    @Override public double collaboration() { return collaboration; }
    @Override public void setCollaboration(double level) { collaboration = Math.max(0, Math.min(1, level)); }
    @Override public double mentoring(int s) { return mentoring[s]; }
    @Override public void setMentoring(int s, double level) { mentoring[s] = level; }
    @Override public float column(int handle, int s) { return columns.get(handle)[s]; }
    @Override public void setColumn(int handle, int s, float value) { columns.get(handle)[s] = value; }
    @Override public void addLearning(Subject subject, int s, double sd) { learned[k(subject)][s] += sd; }
    @Override public void addEngagement(int s, double delta) { engagement[s] += delta; }
    @Override public void addAbsenceOdds(int s, double logOdds) { absenceOdds[s] += logOdds; }
}
