package org.plsim.components.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.SchoolView;
import org.plsim.testing.StubSchool;
import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A hand-sized school for mechanism tests: a few students with set grades, income, engagement and mentoring,
 * one advisory teacher, and lever totals recorded per student so that tests can check what was pulled.
 */
final class FakeSchool extends StubSchool {
    final int[] grade;
    final boolean[] lowIncome;
    final double[] engagement;
    final double[] mentoring;
    final double[] learning;
    final double[] absenceOdds;
    final double[] completionOdds;
    final double[] collegeOdds;
    private final double counselorsFte;
    private final List<float[]> columns = new ArrayList<>();
    private final Network network = new Network(false);

    FakeSchool(int[] grade, boolean[] lowIncome, int studentsPerCounselor) {
        int n = grade.length;
        this.grade = grade;
        this.lowIncome = lowIncome;
        this.engagement = new double[n];
        this.mentoring = new double[n];
        this.learning = new double[n];
        this.absenceOdds = new double[n];
        this.completionOdds = new double[n];
        this.collegeOdds = new double[n];
        this.counselorsFte = n / (double) studentsPerCounselor;
        network.addNode(Integer.valueOf(0));
    }

    int addColumn() {
        columns.add(new float[grade.length]);
        return columns.size() - 1;
    }

    @Override public String type() { return "secondary"; }
    @Override public int lowGrade() { return 6; }
    @Override public int size() { return grade.length; }
    @Override public int grade(int s) { return grade[s]; }
    @Override public boolean lowIncome(int s) { return lowIncome[s]; }
    @Override public double alignedMastery(Subject subject, int s) { return 0; }
    @Override public double engagement(int s) { return engagement[s]; }
    @Override public double absenceRate(int s) { return 0.06; }
    @Override public int teacherExperience(int t) { return 10; }
    @Override public int teacherGrade(int t) { return 6; }
    @Override public double counselors() { return counselorsFte; }
    @Override public double mentoring(int s) { return mentoring[s]; }
    @Override public void setMentoring(int s, double level) { mentoring[s] = level; }
    @Override public float column(int handle, int s) { return columns.get(handle)[s]; }
    @Override public void setColumn(int handle, int s, float value) { columns.get(handle)[s] = value; }
    @Override public void addLearning(Subject subject, int s, double sd) { learning[s] += sd; }
    @Override public void addMastery(Subject subject, int s, double sd) { learning[s] += sd; }
    @Override public void addEngagement(int s, double delta) { engagement[s] += delta; }
    @Override public void addAbsenceOdds(int s, double logOdds) { absenceOdds[s] += logOdds; }
    @Override public void addCompletionOdds(int s, double logOdds) { completionOdds[s] += logOdds; }
    @Override public void addCollegeOdds(int s, double logOdds) { collegeOdds[s] += logOdds; }

    /** A context for one fake school: a clock the test moves and fixed-seed streams. */
    static final class Context implements ComponentContext {
        private final FakeSchool school;
        int year = 1;
        int week;

        Context(FakeSchool school) {
            this.school = school;
        }

        @Override public int year() { return year; }
        @Override public int week() { return week; }
        @Override public int years() { return 4; }
        @Override public int weeksPerYear() { return 36; }
        @Override public List<? extends SchoolView> schools() { return List.of(school); }
        @Override public SplittableRandom stream(String purpose) { return new SplittableRandom(purpose.hashCode()); }

        @Override
        public SplittableRandom stream(String purpose, SchoolView s) {
            return new SplittableRandom(purpose.hashCode());
        }

        @Override public int studentColumn(String purpose) { return school.addColumn(); }
        @Override public long districtStudents() { return school.size(); }
    }
}
