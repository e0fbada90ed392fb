package org.plsim.model;

import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A school as the business-as-usual arm shows it to the plan's components, which run there only to learn
 * whom the plan would reach: everything reads through, the components' own columns are kept (reach numbers
 * live there), and every lever and shared signal is switched off, so the arm stays business as usual.
 */
final class ReachOnlySchool implements SchoolView {
    private final SchoolView school;

    ReachOnlySchool(SchoolView school) {
        this.school = school;
    }

    @Override public int id() { return school.id(); }
    @Override public String type() { return school.type(); }
    @Override public int lowGrade() { return school.lowGrade(); }
    @Override public int highGrade() { return school.highGrade(); }
    @Override public int size() { return school.size(); }
    @Override public int grade(int s) { return school.grade(s); }
    @Override public boolean lowIncome(int s) { return school.lowIncome(s); }
    @Override public boolean englishLearner(int s) { return school.englishLearner(s); }
    @Override public boolean disability(int s) { return school.disability(s); }
    @Override public int priorQuartile(int s) { return school.priorQuartile(s); }
    @Override public double achievement(Subject subject, int s) { return school.achievement(subject, s); }
    @Override public double alignedMastery(Subject subject, int s) { return school.alignedMastery(subject, s); }
    @Override public double engagement(int s) { return school.engagement(s); }
    @Override public double absenceRate(int s) { return school.absenceRate(s); }
    @Override public int daysAbsent(int s) { return school.daysAbsent(s); }
    @Override public int teacherOf(int s) { return school.teacherOf(s); }
    @Override public int teacherCount() { return school.teacherCount(); }
    @Override public int teacherExperience(int t) { return school.teacherExperience(t); }
    @Override public int teacherGrade(int t) { return school.teacherGrade(t); }
    @Override public int teacherTenure(int t) { return school.teacherTenure(t); }
    @Override public Network teacherNetwork() { return school.teacherNetwork(); }
    @Override public double counselors() { return school.counselors(); }
    @Override public double collaboration() { return school.collaboration(); }
    @Override public double diagnosticData(int s) { return school.diagnosticData(s); }
    @Override public double mentoring(int s) { return school.mentoring(s); }
    @Override public double learningPlan(int s) { return school.learningPlan(s); }
    @Override public double timeShare(int s) { return school.timeShare(s); }
    @Override public float column(int handle, int s) { return school.column(handle, s); }
    @Override public void setColumn(int handle, int s, float v) { school.setColumn(handle, s, v); }

    @Override public void setCollaboration(double level) { }
    @Override public void setDiagnosticData(int s, double level) { }
    @Override public void setMentoring(int s, double level) { }
    @Override public void setLearningPlan(int s, double level) { }
    @Override public void askStudentMinutes(int s, double minutesPerWeek) { }
    @Override public void askTeacherHours(int t, double hoursPerWeek) { }
    @Override public void addLearning(Subject subject, int s, double sdUnits) { }
    @Override public void addMastery(Subject subject, int s, double sdUnits) { }
    @Override public void addEngagement(int s, double delta) { }
    @Override public void addAbsenceOdds(int s, double logOdds) { }
    @Override public void addEngagementAndAbsenceOdds(int s, double engagementDelta, double absenceLogOdds) { }
    @Override public void addCompletionOdds(int s, double logOdds) { }
    @Override public void addCollegeOdds(int s, double logOdds) { }
    @Override public void addCollegeCredits(int s, double credits) { }
}
