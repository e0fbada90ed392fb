package org.plsim.components.competency;

import java.util.Arrays;
import org.plsim.testing.StubSchool;
import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A hand-made school for worked examples: a few students at fixed achievement (plus whatever learning the
 * component adds), one teacher, and a record of the levers pulled.
 */
final class TinySchool extends StubSchool {
    final double[] achievement;
    final double[] learning;
    final double[] mastery;
    final double[] diagnostic;
    /** Share of the plan's time each student's timetable gives ({@code timeShare}): 1 unless a test sets it. */
    final double[] share;
    final float[][] columns = new float[4][];

    TinySchool(double... achievement) {
        this.achievement = achievement.clone();
        learning = new double[achievement.length];
        mastery = new double[achievement.length];
        diagnostic = new double[achievement.length];
        share = new double[achievement.length];
        Arrays.fill(share, 1.0);
        for (int k = 0; k < columns.length; k++) {
            columns[k] = new float[achievement.length];
        }
    }

    @Override public String type() { return "elementary"; }
    @Override public int lowGrade() { return 3; }
    @Override public int highGrade() { return 3; }
    @Override public int size() { return achievement.length; }
    @Override public int grade(int s) { return 3; }
    @Override public double achievement(Subject subject, int s) { return achievement[s] + learning[s]; }
    @Override public double alignedMastery(Subject subject, int s) { return achievement(subject, s) + mastery[s]; }
    @Override public int teacherGrade(int t) { return 3; }
    @Override public Network teacherNetwork() { return new Network(false); }
    @Override public double diagnosticData(int s) { return diagnostic[s]; }
    @Override public void setDiagnosticData(int s, double level) { diagnostic[s] = level; }
    @Override public double timeShare(int s) { return share[s]; }
    @Override public float column(int handle, int s) { return columns[handle][s]; }
    @Override public void setColumn(int handle, int s, float value) { columns[handle][s] = value; }
    @Override public void addLearning(Subject subject, int s, double sd) { learning[s] += sd; }
    @Override public void addMastery(Subject subject, int s, double sd) { mastery[s] += sd; }

    /** Aligned SD credited to student {@code s} (mastery plus transferable learning). */
    double aligned(int s) {
        return mastery[s] + learning[s];
    }
}
