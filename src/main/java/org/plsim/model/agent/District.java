package org.plsim.model.agent;

import java.util.ArrayList;
import java.util.List;
import org.plsim.model.observe.ObservationSink;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.SchoolGroup;

/**
 * The district: its schools, the feeder pattern between school levels, and the year's turning points —
 * forming classes in the fall, measuring in the spring, then moving everyone up a grade (graduates leave,
 * a new entry cohort arrives) so that multi-year runs follow real cohorts.
 */
public final class District {
    private final BusinessAsUsualRule rule;
    private final FeederPattern feeders;
    private final List<School> schools = new ArrayList<>();

    public District(DistrictSpec spec, BusinessAsUsualRule rule, RandomStreams streams) {
        this.rule = rule;
        this.feeders = new FeederPattern(spec.schools());
        for (int k = 0; k < feeders.schools(); k++) {
            SchoolGroup g = feeders.group(k);
            School school = new School(k, g.name(), g.lowGrade(), g.highGrade(), rule, streams);
            // Room for the group's enrolment and a tenth more for uneven feeder flows, so arrays rarely grow.
            school.students.reserve(g.gradesServed() * g.studentsPerGrade() * 11 / 10 + 8);
            schools.add(school);
        }
        populate();
    }

    private void populate() {
        for (School s : schools) {
            SchoolGroup g = feeders.group(s.id());
            for (int grade = g.lowGrade(); grade <= g.highGrade(); grade++) {
                for (int k = 0; k < g.studentsPerGrade(); k++) {
                    s.enrollNew(grade);
                }
            }
        }
        long count = students();
        double[] offsets = new double[(int) count];
        int j = 0;
        for (School s : schools) {
            for (int i = 0; i < s.students.n; i++) {
                offsets[j++] = s.absenceLogitOffset(i);
            }
        }
        rule.fixAbsenceIntercept(
                BusinessAsUsualRule.solveLogisticIntercept(1.0 - rule.district.attendanceRate(), offsets));
        fixMilestones();
    }

    /**
     * Solves the on-track and college intercepts so that the district's first high-school students, as
     * generated (fall achievement, engagement, expected absence), meet the district's graduation and college
     * enrollment rates. No high-school students: the intercepts stay unset and no milestone is drawn.
     */
    private void fixMilestones() {
        int hs = 0;
        for (School s : schools) {
            for (int i = 0; i < s.students.n; i++) {
                hs += s.students.grade[i] >= BusinessAsUsualRule.FIRST_HIGH_SCHOOL_GRADE ? 1 : 0;
            }
        }
        if (hs == 0) {
            return;
        }
        double[] completion = new double[hs];
        double[] college = new double[hs];
        int j = 0;
        for (School s : schools) {
            Students st = s.students;
            for (int i = 0; i < st.n; i++) {
                int g = st.grade[i];
                if (g < BusinessAsUsualRule.FIRST_HIGH_SCHOOL_GRADE) {
                    continue;
                }
                double z = 0.5 * (st.score[0][i] - rule.normStart(0, g) + st.score[1][i] - rule.normStart(1, g));
                double q = BusinessAsUsualRule.logistic(rule.absenceIntercept() + s.absenceLogitOffset(i));
                completion[j] = rule.completionOffset(z, st.engagement[i], q, 0);
                college[j++] = rule.collegeOffset(z, st.engagement[i], st.has(i, Students.LOW_INCOME), 0);
            }
        }
        double completionIntercept =
                BusinessAsUsualRule.solveLogisticIntercept(rule.district.graduationRate(), completion);
        double[] graduates = new double[hs];
        for (int i = 0; i < hs; i++) {
            graduates[i] = BusinessAsUsualRule.logistic(completionIntercept + completion[i]);
        }
        rule.fixMilestoneIntercepts(completionIntercept,
                BusinessAsUsualRule.solveLogisticIntercept(rule.district.collegeRate(), college, graduates));
    }

    public List<School> schools() {
        return schools;
    }

    public long students() {
        long total = 0;
        for (School s : schools) {
            total += s.students.n;
        }
        return total;
    }

    /** Fall: staff turnover (after year 1), classes, this year's attendance chances and expected growth. */
    public void startYear(int year) {
        for (School s : schools) {
            s.startYear(year > 1);
        }
    }

    /** Measures every student and sends the district's aggregates to {@code sink}. */
    public void measure(int year, boolean endOfYear, ObservationSink sink) {
        Tally tally = new Tally();
        for (School s : schools) {
            if (endOfYear) {
                s.decideMilestones();
            }
            s.tally(tally, endOfYear);
        }
        tally.emit(year, endOfYear, sink);
    }

    /**
     * Summer: everyone moves up a grade. A school's top grade moves on as the {@link FeederPattern} says;
     * twelfth graders graduate; schools at the bottom of a feeder chain receive a new entry cohort drawn from
     * their own entry stream. Movers are appended to their new school before any school drops its leavers,
     * so sources are read intact.
     */
    public void promote() {
        boolean[][] keep = new boolean[schools.size()][];
        for (School s : schools) {
            int top = s.highGrade();
            Students st = s.students;
            boolean[] k = new boolean[st.n];
            for (int i = 0; i < st.n; i++) {
                k[i] = ++st.grade[i] <= top;
            }
            keep[s.id()] = k;
        }
        for (School s : schools) {
            int to = feeders.receiver(s.id());
            if (to < 0) {
                continue;
            }
            Students target = schools.get(to).students;
            boolean[] k = keep[s.id()];
            for (int i = 0; i < k.length; i++) {
                if (!k[i]) {
                    target.addCopyOf(s.students, i);
                }
            }
        }
        for (School s : schools) {
            s.students.retain(keep[s.id()]);
            if (feeders.receivesEntrants(s.id())) {
                SchoolGroup group = feeders.group(s.id());
                for (int j = 0; j < group.studentsPerGrade(); j++) {
                    s.enrollNew(group.lowGrade());
                }
            }
        }
    }
}
