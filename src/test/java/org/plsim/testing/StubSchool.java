package org.plsim.testing;

import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A base for hand-made schools in component unit tests: every {@link SchoolView} method answers a neutral
 * value (no flags, typical engagement, no absence, one teacher of five years' standing, no shared signals)
 * and every lever does nothing, so a test school overrides only what its test looks at.
 */
public abstract class StubSchool implements SchoolView {
    private final Network network = new Network(false);

    protected StubSchool() {
        network.addNode(Integer.valueOf(0));
    }

    @Override public int id() { return 0; }
    @Override public String type() { return "stub"; }
    @Override public int lowGrade() { return 0; }
    @Override public int highGrade() { return 12; }
    @Override public int grade(int s) { return 4; }
    @Override public boolean lowIncome(int s) { return false; }
    @Override public boolean englishLearner(int s) { return false; }
    @Override public boolean disability(int s) { return false; }
    @Override public int priorQuartile(int s) { return 2; }
    @Override public double achievement(Subject subject, int s) { return 0; }
    @Override public double alignedMastery(Subject subject, int s) { return achievement(subject, s); }
    @Override public double engagement(int s) { return 0; }
    @Override public double absenceRate(int s) { return 0; }
    @Override public int daysAbsent(int s) { return 0; }
    @Override public int teacherOf(int s) { return 0; }
    @Override public int teacherCount() { return 1; }
    @Override public int teacherExperience(int t) { return 5; }
    @Override public int teacherGrade(int t) { return 4; }
    @Override public int teacherTenure(int t) { return 3; }
    @Override public Network teacherNetwork() { return network; }
    @Override public double counselors() { return 0; }
    @Override public double collaboration() { return 0; }
    @Override public void setCollaboration(double level) { }
    @Override public double diagnosticData(int s) { return 0; }
    @Override public void setDiagnosticData(int s, double level) { }
    @Override public double mentoring(int s) { return 0; }
    @Override public void setMentoring(int s, double level) { }
    @Override public double learningPlan(int s) { return 0; }
    @Override public void setLearningPlan(int s, double level) { }
    @Override public void askStudentMinutes(int s, double minutesPerWeek) { }
    @Override public void askTeacherHours(int t, double hoursPerWeek) { }
    @Override public double timeShare(int s) { return 1; }
    @Override public float column(int handle, int s) { return 0f; }
    @Override public void setColumn(int handle, int s, float value) { }
    @Override public void addLearning(Subject subject, int s, double sd) { }
    @Override public void addMastery(Subject subject, int s, double sd) { }
    @Override public void addEngagement(int s, double delta) { }
    @Override public void addAbsenceOdds(int s, double logOdds) { }
    @Override public void addCompletionOdds(int s, double logOdds) { }
    @Override public void addCollegeOdds(int s, double logOdds) { }
}
