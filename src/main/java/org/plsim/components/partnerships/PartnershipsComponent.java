package org.plsim.components.partnerships;

import org.plsim.components.common.Implementation;
import org.plsim.components.common.Reach;
import org.plsim.components.common.Rollout;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;
import org.plsim.model.time.SchoolCalendar;

/**
 * Community partnerships and networks: partner capacity (tutoring, mentoring, after-school seats), family
 * engagement, attendance outreach, and teacher networks. Effects emerge from who holds a seat and how much of
 * the program they attend; every strength is multiplied by the year's {@link Implementation#intensity}.
 *
 * <p><b>Fall</b> ({@link #onYearStart}): reached students get reach numbers ({@link Reach}); the teacher
 * network moves each served school's collaboration climate and its teachers' growth ({@link TeacherNetwork});
 * dual-enrollment seat holders earn the year's college credits and graduation and college log-odds
 * ({@link DualEnrollment}, only when the plan buys seats);
 * seats are allocated ({@link Roster}); mentored students get the mentoring signal; families reached by
 * outreach start receiving attendance messages (absence log-odds − {@code familyAbsence}, this year).
 *
 * <p><b>Each week</b> ({@link #onWeek}), for each reached student in a served grade:
 * <ul>
 * <li>tutored: hours × effect per hour × (1 − absence chance) of learning in the tutored subject — absent
 *     students miss sessions, so attendance support raises the tutoring dose;</li>
 * <li>after-school seat: (learning effect / weeks) × (1 − absence chance) in both subjects, and engagement
 *     (school bonding) / weeks; both × effectiveness;</li>
 * <li>mentor: engagement / weeks × effectiveness (engagement moves attendance at once and, in grades 9–12,
 *     on-track and college chances at the year end);</li>
 * <li>family reached: home-learning support / weeks in both subjects × effectiveness;</li>
 * <li>the teacher's accumulated network growth / weeks in both subjects;</li>
 * <li>attendance outreach: from week {@code outreach_first_week}, a student whose days absent reach
 *     {@code outreach_absence_threshold} of the days so far is flagged once; their absence log-odds fall by
 *     {@code outreachAbsence} × effectiveness for the rest of the year, and the outreach worker counts as an
 *     adult supporting them (mentoring signal).</li>
 * </ul>
 *
 * <p><b>Interactions (shared signals).</b> Writes {@link SchoolView#setMentoring} (mentees in the fall,
 * flagged students when flagged; reset each fall by the school): learning plans, whose hooks run earlier in
 * name order, see fall values from week 0 and a mid-year flag from the next week. Writes
 * {@link SchoolView#setCollaboration} in the fall, after the other components' fall hooks ran (name order,
 * partnerships last): their {@code TeacherAdoption} reads this year's climate the NEXT fall, so networks
 * speed the other components' adoption from the second year of the network. It reads no signal written by
 * another component.
 *
 * <p>Thread safety: {@code onWeek} touches only its school's students and the school's own roster.
 */
final class PartnershipsComponent implements GrantComponent {
    static final String NAME = "partnerships";

    private final PartnershipPlan plan;
    private final Implementation impl;
    private final PartnerEffects fx;
    private Reach reach;
    private TeacherNetwork network;
    /** Per school this year: its seats and weekly passes, or null when it is not served. */
    private PartnerWeek[] weeks;
    /** The dual-enrollment seats, or null when the plan buys none. */
    private DualEnrollment dual;
    private double intensity;

    PartnershipsComponent(PartnershipPlan plan, Implementation impl, PartnerEffects fx) {
        this.plan = plan;
        this.impl = impl;
        this.fx = fx;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void onRunStart(ComponentContext ctx) {
        if (!impl.enabled()) {
            return;
        }
        reach = Reach.register(ctx, impl.rollout().coverage());
        network = new TeacherNetwork(ctx.schools().size(), fx.climateGain(), fx.teacherGrowth());
        weeks = new PartnerWeek[ctx.schools().size()];
        dual = DualEnrollment.register(ctx, plan, fx.dual());
    }

    @Override
    public boolean reaches(ComponentContext ctx, SchoolView school, int student) {
        return Reach.reaches(reach, impl, ctx.year(), school, student);
    }

    @Override
    public void markReached(ComponentContext ctx, SchoolView school, boolean[] reached) {
        Reach.mark(reach, impl, ctx.year(), school, reached);
    }

    @Override
    public void onYearStartReachOnly(ComponentContext ctx) {
        if (!impl.enabled()) {
            return;
        }
        for (SchoolView s : ctx.schools()) {
            if (impl.rollout().servesSchool(s)) {
                reach.assign(ctx, s);
            }
        }
    }

    @Override
    public void onYearStart(ComponentContext ctx) {
        if (!impl.enabled()) {
            return;
        }
        intensity = impl.intensity(ctx.year());
        Strengths strengths = Strengths.of(plan, fx, intensity, ctx.weeksPerYear());
        onYearStartReachOnly(ctx); // the reach draws, made as the business-as-usual arm makes them
        Rollout rollout = impl.rollout();
        for (SchoolView s : ctx.schools()) {
            weeks[s.id()] = null;
            if (!rollout.servesSchool(s)) {
                continue;
            }
            if (plan.teacherNetwork()) {
                network.startYear(s, intensity * rollout.coverage());
            }
            if (dual != null) {
                dual.startYear(ctx, s, reach, i -> rollout.servesGrade(s.grade(i)), intensity);
            }
            if (intensity <= 0) {
                continue;
            }
            Roster r = Roster.allocate(s, i -> rollout.servesGrade(s.grade(i)) && reach.reached(s, i), plan,
                    ctx.stream("allocation", s));
            for (int i = 0; i < r.size(); i++) {
                if (r.has(i, Roster.MENTORED)) {
                    s.setMentoring(i, Math.max(s.mentoring(i), intensity));
                }
                if (r.has(i, Roster.FAMILY)) {
                    s.addAbsenceOdds(i, -fx.familyAbsence() * intensity);
                }
            }
            for (int i = 0; i < r.size(); i++) {
                if (r.has(i, Roster.TUTORED)) {
                    s.askStudentMinutes(i, plan.tutoringHoursPerWeek() * 60);
                }
            }
            weeks[s.id()] = PartnerWeek.plan(s, r, strengths, fx.planSteering(),
                    plan.teacherNetwork() ? network.perWeek(s, ctx.weeksPerYear()) : null);
        }
    }

    /**
     * The school's week as laid out in the fall ({@link PartnerWeek}): passes over the students each program
     * serves, with the week's strengths and each teacher's weekly share of network growth worked out once a fall.
     */
    @Override
    public void onWeek(ComponentContext ctx, SchoolView school) {
        PartnerWeek w = weeks == null ? null : weeks[school.id()];
        if (w == null) {
            return;
        }
        boolean outreach = plan.attendanceOutreach() && ctx.week() >= plan.outreachFirstWeek();
        double flagAt = plan.outreachThreshold() * SchoolCalendar.DAYS_PER_WEEK * (ctx.week() + 1);
        w.apply(school, outreach, flagAt, intensity);
    }
}
