package org.plsim.components.blended;

import org.plsim.components.common.Implementation;
import org.plsim.components.common.Reach;
import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;

/**
 * Blended learning as a mechanism: adaptive software in the weekly timetable.
 *
 * <p><b>Who uses it.</b> Each fall, in the served schools: students are sampled for coverage ({@link Reach}),
 * given device and connectivity access ({@link DeviceAccess}), and teachers take the software up over the
 * teacher network with the plan's PD and coaching ({@link TeacherAdoption}, rates from {@link TeacherUptake}).
 * A student in a served grade uses it this year if reached, connected, and taught by a teacher who has
 * adopted it ({@link FallRoster}, fixed each fall with the level-match weights); each week the minutes used
 * are the planned minutes × fidelity (and, after the grant, the sustained share) × the teacher's proficiency
 * (a new adopter runs only part of the planned sessions) × the share of days the student attends.
 *
 * <p><b>What it does.</b> {@link AdaptiveWeek} turns those minutes into learning through the levers
 * ({@code addLearning}, and {@code addMastery} for what only aligned tests see) by the rule of
 * {@link AdaptiveSoftware}: a saturating dose response, a per-minute strength set by the kind of software and
 * attenuated at scale, and a level match that gives most to students far from their class's mean in the fall. Devices
 * with no planned minutes produce nothing (Cristia et al. 2017: One Laptop per Child, Peru, no effect).
 * Fidelity and post-grant sustain cut minutes; the scale attenuation cuts learning per minute (thinner
 * support, less selected staff), so the evidence's halving at scale holds at any dosage.
 *
 * <p><b>Interactions (shared signals).</b>
 * <ul>
 * <li>Writes {@code diagnosticData} each week for users, rising with minutes used in all subjects; the core
 *     resets it each fall. Competency-based progression (later in name order) reads it the same week, to make
 *     its mastery checks less error-prone. With {@code teachers_acting_on_reports} above 0, teachers who act
 *     on the reports add learning in proportion to it ({@link ReportUse}).</li>
 * <li>Reads {@code collaboration} each fall through {@link TeacherAdoption} (peer pull among teachers).
 *     Partnerships write it in their own fall hook, after this one: this component sees the climate of the
 *     previous year.</li>
 * <li>Reads {@code absenceRate} each week: other components that cut absence (learning plans, partnerships,
 *     later in name order) raise the minutes used from the next week on.</li>
 * </ul>
 */
final class BlendedLearning implements GrantComponent {
    static final String NAME = "blended_learning";

    private final BlendedPlan plan;
    private final AdaptiveSoftware software;
    private final TeacherUptake uptake;
    private final double reportUseEffect;
    /** Teachers acting on the software's reports (null: the plan has none). */
    private ReportUse reports;
    private Reach reach;
    private DeviceAccess access;
    private TeacherAdoption adoption;
    /** This year's users and match weights, by school id (null: school not served this year). */
    private FallRoster[] rosters;

    BlendedLearning(BlendedPlan plan, AdaptiveSoftware software, TeacherUptake uptake, double reportUseEffect) {
        this.plan = plan;
        this.software = software;
        this.uptake = uptake;
        this.reportUseEffect = reportUseEffect;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void onRunStart(ComponentContext ctx) {
        if (!plan.implementation().enabled()) {
            return;
        }
        reach = Reach.register(ctx, plan.implementation().rollout().coverage());
        access = DeviceAccess.register(ctx, plan.deviceShare(), plan.connectivity());
        adoption = uptake.newAdoption(ctx.schools().size());
        rosters = new FallRoster[ctx.schools().size()];
        reports = plan.actingOnReports() > 0 ? new ReportUse(reportUseEffect, ctx.schools().size()) : null;
    }

    @Override
    public boolean reaches(ComponentContext ctx, SchoolView school, int student) {
        return Reach.reaches(reach, plan.implementation(), ctx.year(), school, student);
    }

    @Override
    public void markReached(ComponentContext ctx, SchoolView school, boolean[] reached) {
        Reach.mark(reach, plan.implementation(), ctx.year(), school, reached);
    }

    @Override
    public void onYearStartReachOnly(ComponentContext ctx) {
        if (!active(ctx.year())) {
            return;
        }
        for (SchoolView school : ctx.schools()) {
            if (plan.implementation().rollout().servesSchool(school)) {
                reach.assign(ctx, school);
            }
        }
    }

    @Override
    public void onYearStart(ComponentContext ctx) {
        if (!active(ctx.year())) {
            return;
        }
        onYearStartReachOnly(ctx); // the reach draws, made as the business-as-usual arm makes them
        for (SchoolView school : ctx.schools()) {
            rosters[school.id()] = null;
            if (plan.implementation().rollout().servesSchool(school)) {
                access.assign(ctx, school);
                adoption.startYear(ctx, school);
                rosters[school.id()] = FallRoster.build(school, plan, reach, access, adoption, software,
                        plan.implementation().scaleFactor(), ctx.weeksPerYear());
                askTime(school, rosters[school.id()]);
                if (reports != null) {
                    reports.startYear(ctx, school, plan.actingOnReports());
                }
            } else if (reports != null) {
                reports.notServed(school);
            }
        }
    }

    /** Visits only the year's users; a student's minutes follow this week's absence chance. */
    @Override
    public void onWeek(ComponentContext ctx, SchoolView school) {
        Implementation impl = plan.implementation();
        if (!active(ctx.year()) || rosters[school.id()] == null || !(impl.scaleFactor() > 0)) {
            return;
        }
        FallRoster roster = rosters[school.id()];
        double intensity = impl.intensity(ctx.year());
        double delivered = intensity / impl.scaleFactor();
        double[] strength = roster.strength;
        AdaptiveWeek week = roster.week;
        int n = Math.min(school.size(), strength.length);
        for (int i : roster.users) {
            if (i >= n) {
                break;
            }
            double use = delivered * strength[i] * (1.0 - school.absenceRate(i)) * school.timeShare(i);
            if (use > 0) {
                week.apply(school, i, use);
                if (reports != null) {
                    reports.apply(school, i, plan, intensity, ctx.weeksPerYear());
                }
            }
        }
    }

    /** The time budget: each user's planned minutes a week of school time in every subject (homework is not). */
    private void askTime(SchoolView school, FallRoster roster) {
        double minutes = 0;
        for (org.plsim.model.observe.Subject subject : org.plsim.model.observe.Subject.TESTED) {
            minutes += plan.minutes(subject) - plan.home().assigned(subject);
        }
        for (int i : roster.users) {
            school.askStudentMinutes(i, minutes);
        }
    }

    private boolean active(int year) {
        return plan.implementation().enabled() && plan.implementation().yearsImplemented(year) >= 0;
    }
}
