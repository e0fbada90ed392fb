package org.plsim.components.blended;

import org.plsim.testing.StubSchool;
import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A hand-made school for unit tests: students with given achievement and classroom, one grade, no absence;
 * records what the levers received.
 */
final class TinySchool extends StubSchool {
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

    @Override public String type() { return "tiny"; }
    @Override public int lowGrade() { return 4; }
    @Override public int highGrade() { return 4; }
    @Override public int size() { return teacher.length; }
    @Override public double achievement(Subject subject, int s) { return achievement[k(subject)][s]; }
    @Override public double alignedMastery(Subject subject, int s) { return achievement[k(subject)][s] + mastery[k(subject)][s]; }
    @Override public int teacherOf(int s) { return teacher[s]; }
    @Override public int teacherCount() { return teachers; }
    @Override public Network teacherNetwork() { return new Network(false); }
    @Override public double diagnosticData(int s) { return diagnostic[s]; }
    @Override public void setDiagnosticData(int s, double level) { diagnostic[s] = level; }
    @Override public void addLearning(Subject subject, int s, double sd) { learning[k(subject)][s] += sd; }
    @Override public void addMastery(Subject subject, int s, double sd) { mastery[k(subject)][s] += sd; }
}
