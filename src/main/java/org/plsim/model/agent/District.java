package org.plsim.model.agent;

import java.util.ArrayList;
import java.util.List;
import org.plsim.model.observe.ObservationSink;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
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
    /** Schools in the order promotion visits them: highest top grade first, so receivers precede feeders. */
    private final int[] promotionOrder;
    /** senders[k]: the schools whose top grade moves on to school k, in school order. */
    private final int[][] senders;

    public District(DistrictSpec spec, BusinessAsUsualRule rule, RandomStreams streams) {
        this.rule = rule;
        this.feeders = new FeederPattern(spec.schools());
        for (int k = 0; k < feeders.schools(); k++) {
            SchoolGroup g = feeders.group(k);
            schools.add(new School(k, g.name(), g.lowGrade(), g.highGrade(), rule, streams));
        }
        this.promotionOrder = promotionOrder();
        this.senders = senders();
        reserve();
        populate();
    }

    /**
     * Sizes every school's arrays once for the whole run: each grade's cohort is at most the larger of the
     * school's starting cohort and what flows in each year (its entrants, or the largest cohorts its feeder
     * schools can send), and promotion compacts a school before its new students arrive.
     */
    private void reserve() {
        int[] cohort = new int[schools.size()];
        for (int i = promotionOrder.length - 1; i >= 0; i--) {
            int k = promotionOrder[i];
            SchoolGroup g = feeders.group(k);
            long inflow = 0;
            for (int from : senders[k]) {
                inflow += cohort[from];
            }
            cohort[k] = (int) Math.min(Integer.MAX_VALUE / Grades.COUNT, Math.max(g.studentsPerGrade(), inflow));
            schools.get(k).students.reserve(g.gradesServed() * cohort[k]);
        }
    }

    private int[] promotionOrder() {
        return java.util.stream.IntStream.range(0, schools.size()).boxed()
                .sorted(java.util.Comparator.comparingInt((Integer k) -> -schools.get(k).highGrade())
                        .thenComparingInt(k -> k))
                .mapToInt(Integer::intValue).toArray();
    }

    private int[][] senders() {
        int[] count = new int[schools.size()];
        for (int k = 0; k < schools.size(); k++) {
            int to = feeders.receiver(k);
            if (to >= 0) {
                count[to]++;
            }
        }
        int[][] from = new int[schools.size()][];
        for (int k = 0; k < schools.size(); k++) {
            from[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int k = 0; k < schools.size(); k++) {
            int to = feeders.receiver(k);
            if (to >= 0) {
                from[to][count[to]++] = k;
            }
        }
        return from;
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
     * enrollment rates, and the four-year-college intercept so that the fall enrollees among them meet the
     * national four-year share ({@link CollegeFollowUp#FOUR_YEAR_SHARE}). No high-school students: the intercepts stay unset and no milestone is drawn.
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
        double[] achievement = new double[hs];
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
                achievement[j] = CollegeFollowUp.FOUR_YEAR_ACHIEVEMENT * z;
                college[j++] = rule.collegeOffset(z, st.engagement[i], st.has(i, Students.LOW_INCOME), 0);
            }
        }
        double completionIntercept =
                BusinessAsUsualRule.solveLogisticIntercept(rule.district.graduationRate(), completion);
        double[] graduates = new double[hs];
        for (int i = 0; i < hs; i++) {
            graduates[i] = BusinessAsUsualRule.logistic(completionIntercept + completion[i]);
        }
        double collegeIntercept =
                BusinessAsUsualRule.solveLogisticIntercept(rule.district.collegeRate(), college, graduates);
        double[] enrollees = new double[hs];
        for (int i = 0; i < hs; i++) {
            enrollees[i] = graduates[i] * BusinessAsUsualRule.logistic(collegeIntercept + college[i]);
        }
        rule.fixMilestoneIntercepts(completionIntercept, collegeIntercept, BusinessAsUsualRule.solveLogisticIntercept(
                CollegeFollowUp.FOUR_YEAR_SHARE, achievement, enrollees));
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
        Tally tally = new Tally(rule.proficientCut);
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
     * their own entry stream.
     *
     * <p>Each school ends up with its stayers, then the students moving in (by sending school, then row), then
     * its entrants. Schools are visited receivers first: a school drops its leavers only after the school they
     * move on to has copied them, and before its own new students arrive, so it never holds more than a
     * year's enrolment.
     */
    public void promote() {
        for (School s : schools) {
            Students st = s.students;
            byte[] grade = st.grade;
            for (int i = 0; i < st.n; i++) {
                grade[i]++;
            }
        }
        for (int k : promotionOrder) {
            School s = schools.get(k);
            Students st = s.students;
            st.retainUpTo(s.highGrade());
            int arriving = 0;
            for (int from : senders[k]) {
                School sender = schools.get(from);
                arriving += sender.students.countAbove(sender.highGrade());
            }
            SchoolGroup group = feeders.group(k);
            int entrants = feeders.receivesEntrants(k) ? group.studentsPerGrade() : 0;
            st.ensureRoom(arriving + entrants);
            for (int from : senders[k]) {
                School sender = schools.get(from);
                st.appendAbove(sender.students, sender.highGrade());
            }
            for (int j = 0; j < entrants; j++) {
                s.enrollNew(group.lowGrade());
            }
        }
    }
}
