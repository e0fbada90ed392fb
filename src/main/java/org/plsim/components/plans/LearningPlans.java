package org.plsim.components.plans;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.plsim.components.common.Reach;
import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;

/**
 * Individualized college and career readiness learning plans: each reached student in the served grades
 * (default 6–12) gets a plan built in the fall and reviewed {@code reviews_per_year} times; its quality
 * ({@link PlanQuality}) comes from counselor time per student (caseload), advisory minutes and the advisory
 * teacher's proficiency, family conferences attended, the student's engagement and mentoring, and decays
 * between reviews. The plan acts only through engagement, attendance, course-taking and college steps —
 * never {@code addLearning}: any test-score effect comes from days not missed.
 *
 * <ul>
 * <li><b>Engagement</b> and <b>absence</b>: a level that follows plan quality (the plan's lift is tracked
 *     per student, so a stale plan's lift fades and a student is never lifted twice).</li>
 * <li><b>Course-taking</b> (grades 9–12): on-track/graduation log-odds accrue week by week with quality
 *     (courses chosen stay chosen).</li>
 * <li><b>College steps</b> (grades 11–12, {@code college_steps}): college-enrollment log-odds accrue with
 *     quality while the student is served, more for low-income students.</li>
 * </ul>
 *
 * <p><b>Interactions (shared signals).</b> Reads {@code mentoring(i)} (written by partnerships) at each plan
 * review, in {@code onWeek}: a review in week 0 sees what partnerships wrote at this year's start, a later
 * review what it wrote up to the week before (partnerships' weekly hook runs after this one). Reads the
 * school's {@code collaboration()} climate through {@link TeacherAdoption} in the fall, before partnerships
 * updates it: last year's climate. Writes no signal.
 *
 * <p>Per-school state only in {@code onWeek}, so schools may be stepped on different threads.
 */
final class LearningPlans implements GrantComponent {
    static final String NAME = "learning_plans";
    /** The lever for on-track and graduation covers high school. */
    static final int FIRST_HIGH_SCHOOL_GRADE = 9;
    /** College steps are taken in the junior year (search, testing) and the senior year (FAFSA, applications). */
    static final int FIRST_COLLEGE_STEP_GRADE = 11;

    private final PlanSettings settings;
    private final PlanEvidence ev;
    private final PlanQuality quality;
    private final double[] adoptionEvidence;
    private Reach reach;
    private TeacherAdoption advisors;
    private int qualityColumn;
    private int liftColumn;
    private SchoolYear[] schools;
    private double intensity;
    private boolean[] reviewWeek;
    private double retention;

    /** {@link SchoolYear#flags}: reached, in a served grade of a served school. */
    private static final byte ACTIVE = 1;
    /** {@link SchoolYear#flags}: grades 9–12 (the course-taking lever). */
    private static final byte HIGH_SCHOOL = 2;
    /** {@link SchoolYear#flags}: active, in grades 11–12, with college steps in the plan. */
    private static final byte COLLEGE_STEPS = 4;
    /** {@link SchoolYear#flags}: low-income (college steps count {@code collegeLowIncomeRatio}). */
    private static final byte LOW_INCOME = 8;

    /**
     * What one school's students need this year: family shares, absence lift applied, counselor share, and
     * each student's standing (grade, reach, income: fixed within a year), so the weekly step reads flags.
     */
    private static final class SchoolYear {
        boolean served;
        double counselor;
        float[] family;
        float[] absenceLift;
        byte[] flags;
        /**
         * The students a week can change, in index order: those served this year, and those whose plan from an
         * earlier year still has quality left to fade. For anyone else the week is a no-op (quality 0 stays 0,
         * and the plan's lift already follows it at 0), so it is not visited.
         */
        int[] visit;
    }

    /**
     * @param adoptionEvidence {@code implementation.}adoption_pd_rate, peer_adoption, proficiency_gain,
     *                         collaboration_boost
     */
    LearningPlans(PlanSettings settings, PlanEvidence ev, double[] adoptionEvidence) {
        this.settings = settings;
        this.ev = ev;
        this.quality = new PlanQuality(ev);
        this.adoptionEvidence = adoptionEvidence.clone();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void onRunStart(ComponentContext ctx) {
        if (!settings.implementation().enabled()) {
            return;
        }
        reach = Reach.register(ctx, settings.implementation().rollout().coverage());
        qualityColumn = ctx.studentColumn("plan_quality");
        liftColumn = ctx.studentColumn("engagement_lift");
        double pd = PlanQuality.pdAdoptionRate(settings.advisorPdHours(), ev.advisorPdReferenceHours(),
                adoptionEvidence[0]);
        advisors = new TeacherAdoption(ctx.schools().size(), pd, adoptionEvidence[1], adoptionEvidence[2],
                adoptionEvidence[3]);
        schools = new SchoolYear[ctx.schools().size()];
        retention = quality.weeklyRetention();
    }

    @Override
    public boolean reaches(ComponentContext ctx, SchoolView school, int student) {
        return Reach.reaches(reach, settings.implementation(), ctx.year(), school, student);
    }

    @Override
    public void markReached(ComponentContext ctx, SchoolView school, boolean[] reached) {
        Reach.mark(reach, settings.implementation(), ctx.year(), school, reached);
    }

    @Override
    public void onYearStartReachOnly(ComponentContext ctx) {
        if (!settings.implementation().enabled()) {
            return;
        }
        double yearIntensity = settings.implementation().intensity(ctx.year());
        for (SchoolView school : ctx.schools()) {
            if (yearIntensity > 0 && settings.implementation().rollout().servesSchool(school)) {
                reach.assign(ctx, school);
            }
        }
    }

    @Override
    public void onYearStart(ComponentContext ctx) {
        if (!settings.implementation().enabled()) {
            return;
        }
        intensity = settings.implementation().intensity(ctx.year());
        reviewWeek = PlanQuality.reviewWeeks(settings.reviewsPerYear(), ctx.weeksPerYear());
        onYearStartReachOnly(ctx); // the reach draws, made as the business-as-usual arm makes them
        for (SchoolView school : ctx.schools()) {
            SchoolYear y = new SchoolYear();
            y.absenceLift = new float[school.size()];
            y.family = new float[school.size()];
            y.served = intensity > 0 && settings.implementation().rollout().servesSchool(school);
            if (y.served) {
                advisors.startYear(ctx, school);
                drawFamilies(ctx, school, y.family);
                double perStudent = school.size() == 0 ? 0 : school.counselors() / school.size();
                y.counselor = quality.counselor(perStudent + settings.addedCounselorsPer1000() / 1000.0);
            }
            y.flags = flags(school, y.served);
            askTime(school, y.flags);
            y.visit = visits(school, y.flags);
            schools[school.id()] = y;
        }
    }

    /** Each student's {@link SchoolYear#flags} for the year. */
    private byte[] flags(SchoolView school, boolean served) {
        byte[] f = new byte[school.size()];
        for (int i = 0; i < f.length; i++) {
            int grade = school.grade(i);
            boolean active = served && settings.implementation().rollout().servesGrade(grade)
                    && reach.reached(school, i);
            int v = active ? ACTIVE : 0;
            v |= grade >= FIRST_HIGH_SCHOOL_GRADE ? HIGH_SCHOOL : 0;
            v |= active && settings.collegeSteps() && grade >= FIRST_COLLEGE_STEP_GRADE ? COLLEGE_STEPS : 0;
            v |= school.lowIncome(i) ? LOW_INCOME : 0;
            f[i] = (byte) v;
        }
        return f;
    }

    /** The time budget: the advisory minutes a week of each active student. */
    private void askTime(SchoolView school, byte[] flags) {
        for (int i = 0; i < flags.length; i++) {
            if ((flags[i] & ACTIVE) != 0) {
                school.askStudentMinutes(i, settings.advisoryMinutesPerWeek());
            }
        }
    }

    /** {@link SchoolYear#visit}: the active students and those with a plan's quality still above 0. */
    private int[] visits(SchoolView school, byte[] flags) {
        int[] list = new int[flags.length];
        int m = 0;
        for (int i = 0; i < flags.length; i++) {
            if ((flags[i] & ACTIVE) != 0 || school.column(qualityColumn, i) != 0f) {
                list[m++] = i;
            }
        }
        return Arrays.copyOf(list, m);
    }

    /** Conferences each family attends this year: one draw per student per conference, whoever is reached. */
    private void drawFamilies(ComponentContext ctx, SchoolView school, float[] family) {
        SplittableRandom rng = ctx.stream("family", school);
        for (int i = 0; i < school.size(); i++) {
            double p = quality.attendance(school.lowIncome(i));
            int attended = 0;
            for (int k = 0; k < settings.familyConferencesPerYear(); k++) {
                attended += rng.nextDouble() < p ? 1 : 0;
            }
            family[i] = (float) quality.family(attended);
        }
    }

    @Override
    public void onWeek(ComponentContext ctx, SchoolView school) {
        if (!settings.implementation().enabled()) {
            return;
        }
        SchoolYear y = schools[school.id()];
        boolean review = y.served && reviewWeek[ctx.week()];
        double perWeek = 1.0 / ctx.weeksPerYear();
        double completion = ev.completionLogOdds();
        double college = ev.collegeLogOdds();
        double collegeLowIncome = ev.collegeLogOdds() * ev.collegeLowIncomeRatio();
        byte[] flags = y.flags;
        float[] absenceLift = y.absenceLift;
        double engagementEffect = ev.engagementEffect();
        double absenceEffect = ev.absenceLogOdds();
        for (int i : y.visit) {
            int f = flags[i];
            boolean active = (f & ACTIVE) != 0;
            float q = school.column(qualityColumn, i);
            if (active && review) {
                q = (float) build(school, i, y);
            } else if (q > 0) {
                q = (float) (q * retention);
            }
            school.setColumn(qualityColumn, i, q);
            school.setLearningPlan(i, q);
            follow(school, i, (float) (engagementEffect * q), (float) (absenceEffect * q), absenceLift);
            if (q > 0 && (f & HIGH_SCHOOL) != 0) {
                school.addCompletionOdds(i, completion * q * perWeek);
            }
            if (q > 0 && (f & COLLEGE_STEPS) != 0) {
                double c = (f & LOW_INCOME) != 0 ? collegeLowIncome : college * 1.0;
                school.addCollegeOdds(i, c * q * perWeek);
            }
        }
    }

    /** Quality of the plan built or reviewed now for student {@code i}. */
    private double build(SchoolView school, int i, SchoolYear y) {
        double advisor = advisors.strength(school, school.teacherOf(i));
        double minutes = settings.advisoryMinutesPerWeek() * school.timeShare(i);
        return quality.of(y.counselor, quality.advisory(minutes, advisor), y.family[i],
                school.engagement(i), school.mentoring(i), intensity);
    }

    /**
     * Moves the plan's engagement and absence lift to {@code lift} and {@code absence}, the levels its current
     * quality supports; when both move (each week a plan decays), through the one lever that lets the school work
     * out the absence chance once. {@code absenceLift} is the school's {@link SchoolYear#absenceLift}.
     */
    private void follow(SchoolView school, int i, float lift, float absence, float[] absenceLift) {
        float had = school.column(liftColumn, i);
        float hadAbsence = absenceLift[i];
        boolean engagement = lift != had;
        boolean odds = absence != hadAbsence;
        if (engagement && odds) {
            school.addEngagementAndAbsenceOdds(i, lift - had, absence - hadAbsence);
        } else if (engagement) {
            school.addEngagement(i, lift - had);
        } else if (odds) {
            school.addAbsenceOdds(i, absence - hadAbsence);
        }
        if (engagement) {
            school.setColumn(liftColumn, i, lift);
        }
        if (odds) {
            absenceLift[i] = absence;
        }
    }
}
