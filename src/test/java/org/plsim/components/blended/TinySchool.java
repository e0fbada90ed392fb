package org.plsim.components.blended;

import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A hand-made school for unit tests: students with given achievement and classroom, one grade, no absence;
 * records what the levers received.
 */
final class TinySchool implements SchoolView {
    final double[][] achievement;
    final int[] teacher;
    final double[][] learning;
    final double[][] mastery;
    final double[] diagnostic;
    private final int teachers;

    /** Students {@code i} with math = reading achievement {@code z[i]} in classroom {@code teacher[i]}. */
    TinySchool(double[] z, int[] teacher, int teachers) {
        this.achievement = new double[][] {z.clone(), z.clone()};
        this.teacher = teacher.clone();
        this.teachers = teachers;
        this.learning = new double[2][z.length];
        this.mastery = new double[2][z.length];
        this.diagnostic = new double[z.length];
    }

    private static int k(Subject s) {
        return s == Subject.MATH ? 0 : 1;
    }

    @Override public int id() { return 0; }
    @Override public String type() { return "tiny"; }
    @Override public int lowGrade() { return 4; }
    @Override public int highGrade() { return 4; }
    @Override public int size() { return teacher.length; }
    @Override public int grade(int s) { return 4; }
    @Override public boolean lowIncome(int s) { return false; }
    @Override public boolean englishLearner(int s) { return false; }
    @Override public boolean disability(int s) { return false; }
    @Override public int priorQuartile(int s) { return 2; }
    @Override public double achievement(Subject subject, int s) { return achievement[k(subject)][s]; }
    @Override public double alignedMastery(Subject subject, int s) { return achievement[k(subject)][s] + mastery[k(subject)][s]; }
    @Override public double engagement(int s) { return 0; }
    @Override public double absenceRate(int s) { return 0; }
    @Override public int daysAbsent(int s) { return 0; }
    @Override public int teacherOf(int s) { return teacher[s]; }
    @Override public int teacherCount() { return teachers; }
    @Override public int teacherExperience(int t) { return 5; }
    @Override public int teacherGrade(int t) { return 4; }
    @Override public int teacherTenure(int t) { return 3; }
    @Override public Network teacherNetwork() { return new Network(false); }
    @Override public double counselors() { return 0; }
    @Override public double collaboration() { return 0; }
    @Override public void setCollaboration(double level) { }
    @Override public double diagnosticData(int s) { return diagnostic[s]; }
    @Override public void setDiagnosticData(int s, double level) { diagnostic[s] = level; }
    @Override public double mentoring(int s) { return 0; }
    @Override public void setMentoring(int s, double level) { }
    @Override public float column(int handle, int s) { return 0f; }
    @Override public void setColumn(int handle, int s, float value) { }
    @Override public void addLearning(Subject subject, int s, double sd) { learning[k(subject)][s] += sd; }
    @Override public void addMastery(Subject subject, int s, double sd) { mastery[k(subject)][s] += sd; }
    @Override public void addEngagement(int s, double delta) { }
    @Override public void addAbsenceOdds(int s, double logOdds) { }
    @Override public void addCompletionOdds(int s, double logOdds) { }
    @Override public void addCollegeOdds(int s, double logOdds) { }
}
