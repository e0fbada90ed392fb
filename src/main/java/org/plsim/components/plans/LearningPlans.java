package org.plsim.components.plans;

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

    /** What one school's students need this year: family shares, absence lift applied, counselor share. */
    private static final class SchoolYear {
        boolean served;
        double counselor;
        float[] family;
        float[] absenceLift;
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
    public void onYearStart(ComponentContext ctx) {
        if (!settings.implementation().enabled()) {
            return;
        }
        intensity = settings.implementation().intensity(ctx.year());
        reviewWeek = PlanQuality.reviewWeeks(settings.reviewsPerYear(), ctx.weeksPerYear());
        for (SchoolView school : ctx.schools()) {
            SchoolYear y = new SchoolYear();
            y.absenceLift = new float[school.size()];
            y.family = new float[school.size()];
            y.served = intensity > 0 && settings.implementation().rollout().servesSchool(school);
            if (y.served) {
                reach.assign(ctx, school);
                advisors.startYear(ctx, school);
                drawFamilies(ctx, school, y.family);
                double perStudent = school.size() == 0 ? 0 : school.counselors() / school.size();
                y.counselor = quality.counselor(perStudent + settings.addedCounselorsPer1000() / 1000.0);
            }
            schools[school.id()] = y;
        }
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
        for (int i = 0; i < school.size(); i++) {
            int grade = school.grade(i);
            boolean active = y.served && settings.implementation().rollout().servesGrade(grade)
                    && reach.reached(school, i);
            float q = school.column(qualityColumn, i);
            if (active && review) {
                q = (float) build(school, i, y);
            } else if (q > 0) {
                q = (float) (q * retention);
            }
            school.setColumn(qualityColumn, i, q);
            follow(school, i, q, y);
            if (q > 0 && grade >= FIRST_HIGH_SCHOOL_GRADE) {
                school.addCompletionOdds(i, ev.completionLogOdds() * q * perWeek);
            }
            if (active && q > 0 && settings.collegeSteps() && grade >= FIRST_COLLEGE_STEP_GRADE) {
                double ratio = school.lowIncome(i) ? ev.collegeLowIncomeRatio() : 1.0;
                school.addCollegeOdds(i, ev.collegeLogOdds() * ratio * q * perWeek);
            }
        }
    }

    /** Quality of the plan built or reviewed now for student {@code i}. */
    private double build(SchoolView school, int i, SchoolYear y) {
        double advisor = advisors.strength(school, school.teacherOf(i));
        return quality.of(y.counselor, quality.advisory(settings.advisoryMinutesPerWeek(), advisor), y.family[i],
                school.engagement(i), school.mentoring(i), intensity);
    }

    /** Moves the plan's engagement and absence lift to the level its current quality supports. */
    private void follow(SchoolView school, int i, float q, SchoolYear y) {
        float lift = (float) (ev.engagementEffect() * q);
        float had = school.column(liftColumn, i);
        if (lift != had) {
            school.addEngagement(i, lift - had);
            school.setColumn(liftColumn, i, lift);
        }
        float absence = (float) (ev.absenceLogOdds() * q);
        if (absence != y.absenceLift[i]) {
            school.addAbsenceOdds(i, absence - y.absenceLift[i]);
            y.absenceLift[i] = absence;
        }
    }
}
