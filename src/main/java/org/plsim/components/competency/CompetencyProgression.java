package org.plsim.components.competency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Reach;
import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;

/**
 * Competency-based assessment and progression: the year's curriculum in each subject is cut into units, each
 * ending with a mastery check; a student advances on mastery, and one who does not pass gets corrective
 * instruction and is checked again (Bloom's learning for mastery; Guskey &amp; Gates 1985).
 *
 * <p><b>Mechanism</b> (per served student and subject, weekly; the arithmetic is in {@link MasteryModel}, the
 * cycle in {@link UnitProgress}):
 * <ol>
 * <li>A unit's instruction takes the class's unit time; mastery of it grows with time, faster for higher
 *     achievers and for students who mastered the previous unit beyond business as usual (fewer gaps carried
 *     forward, within the year and, through a student column, into next year's first unit).</li>
 * <li>The check measures mastery with error (reliability knob; less error when adaptive software knows the
 *     student, see below). Pass (measured ≥ threshold): advance. A pass with true mastery below the threshold
 *     is false mastery: no correctives, the gap stays.</li>
 * <li>Fail: a corrective round adds mastery (more with a more proficient teacher) but takes time; the part
 *     not given outside class ({@code 1 − pace_support}) puts the student behind the class's pace. After
 *     {@code max_corrective_rounds} the student moves on anyway.</li>
 * <li>Each unit is credited against what group-paced business as usual would have given the same student;
 *     at the year end units not reached count as lost. Aligned tests see the whole difference; standardized
 *     tests see only its transferable share (Slavin 1987; Kulik, Kulik &amp; Bangert-Drowns 1990).</li>
 * </ol>
 * Only students of teachers who have adopted the practice are served ({@link TeacherAdoption}: PD hours and
 * colleagues; coaching speeds proficiency): an assessment system without changed instruction does nothing.
 * A unit's cycle runs as designed with chance {@link Implementation#intensity} (fidelity × scale attenuation
 * × sustained share after the grant).
 *
 * <p><b>Interactions (shared signals).</b> Reads {@link SchoolView#diagnosticData} at each check, in the week
 * of the check: blended learning (whose hooks run earlier, by name) writes it the same week, so adaptive
 * software's knowledge of a student cuts the check's measurement error by up to
 * {@code competency_progression.diagnostic_error_reduction}, and with it false mastery. Reads
 * {@link SchoolView#collaboration} through {@link TeacherAdoption} each fall: partnerships (later by name)
 * write it at their year start, so this component sees it from the next year. Writes no shared signal.
 */
public final class CompetencyProgression implements GrantComponent {
    public static final String NAME = "competency_progression";
    /**
     * Class minutes a week in one subject, to turn corrective time (a share of a unit's class time) into the
     * minutes a week the plan asks of a student's timetable: 5 class hours, the central value of
     * {@code costs.competency_progression.class_hours_per_week}.
     */
    static final double CLASS_MINUTES_PER_WEEK = 300;
    private final CompetencyPlan plan;
    private final MasteryModel model;
    private final AdoptionRates rates;
    private Reach reach;
    private TeacherAdoption adoption;
    private int[] carried;
    private Term term;
    private UnitProgress[][] progress;
    private double[][] proficiency;
    /** Per school this year: the served students, in index order (the weekly step visits only them). */
    private int[][] served;
    /** Per school: the {@code units} stream, looked up once a year rather than each week. */
    private SplittableRandom[] unitStreams;
    /**
     * Per school: each served student (by position in {@link #served}) filed under the week its earliest unit
     * event in any subject falls due. A week visits only the students filed under it; the rest cost nothing.
     */
    private DueWeeks[] dueWeeks;
    private final List<PaceReport> reports = new ArrayList<>();
    /** Per school: last year's progress, whose arrays the next year reuses ({@link UnitProgress#forYear}). */
    private UnitProgress[][] kept;

    CompetencyProgression(CompetencyPlan plan, MasteryModel model, EvidenceValues ev) {
        this.plan = plan;
        this.model = model;
        this.rates = AdoptionRates.of(plan, ev);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Per-year counts of checks, false mastery, correctives and students behind pace. */
    public List<PaceReport> reports() {
        return List.copyOf(reports);
    }

    @Override
    public void onRunStart(ComponentContext ctx) {
        if (!plan.implementation().enabled()) {
            return;
        }
        reach = Reach.register(ctx, plan.implementation().rollout().coverage());
        carried = new int[plan.subjects().size()];
        for (int k = 0; k < carried.length; k++) {
            carried[k] = ctx.studentColumn("carried." + plan.subjects().get(k).label());
        }
        adoption = rates.adoption(ctx.schools().size());
        kept = new UnitProgress[ctx.schools().size()][];
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
        if (!(plan.implementation().intensity(ctx.year()) > 0)) {
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
        progress = null;
        double intensity = plan.implementation().intensity(ctx.year());
        if (!(intensity > 0)) {
            return;
        }
        onYearStartReachOnly(ctx); // the reach draws, made as the business-as-usual arm makes them
        term = new Term(model, plan, plan.unitWeeks(ctx.weeksPerYear()), ctx.weeksPerYear(), intensity);
        progress = new UnitProgress[ctx.schools().size()][];
        proficiency = new double[ctx.schools().size()][];
        served = new int[ctx.schools().size()][];
        unitStreams = new SplittableRandom[ctx.schools().size()];
        dueWeeks = new DueWeeks[ctx.schools().size()];
        for (SchoolView school : ctx.schools()) {
            if (plan.implementation().rollout().servesSchool(school)) {
                startSchool(ctx, school);
            }
            clearCarried(school);
        }
    }

    /**
     * Starts the year's first units of the served students of {@code school}, each with last year's carried
     * mastery as its column holds it ({@link #clearCarried} clears the columns after: nothing else reads them).
     */
    private void startSchool(ComponentContext ctx, SchoolView school) {
        adoption.startYear(ctx, school);
        int k = school.id();
        UnitProgress[] p = kept[k] == null ? UnitProgress.forSubjects(plan.subjects(), school.size())
                : UnitProgress.forYear(kept[k], school.size());
        double[] prof = new double[school.size()];
        kept[k] = p;
        SplittableRandom rng = ctx.stream("units", school);
        int[] list = new int[school.size()];
        int m = 0;
        double correctiveMinutes = term.model().correctiveTime() * CLASS_MINUTES_PER_WEEK * p.length;
        for (int i = 0; i < school.size(); i++) {
            prof[i] = adoption.strength(school, school.teacherOf(i));
            if (plan.implementation().rollout().servesGrade(school.grade(i)) && reach.reached(school, i) && prof[i] > 0) {
                for (int s = 0; s < p.length; s++) {
                    p[s].start(term, school, i, school.column(carried[s], i), rng);
                }
                school.askStudentMinutes(i, correctiveMinutes);
                list[m++] = i;
            }
        }
        for (int t = 0; t < school.teacherCount(); t++) {
            if (school.teacherGrade(t) >= 0 && plan.implementation().rollout().servesGrade(school.teacherGrade(t))) {
                school.askTeacherHours(t, plan.pdHoursPerTeacher() / ctx.weeksPerYear());
            }
        }
        progress[k] = p;
        proficiency[k] = prof;
        served[k] = Arrays.copyOf(list, m);
        unitStreams[k] = rng;
        DueWeeks due = new DueWeeks(ctx.weeksPerYear(), m);
        for (int j = 0; j < m; j++) {
            due.add(j, earliest(p, list[j]));
        }
        dueWeeks[k] = due;
    }

    /** Clears last year's carried mastery, read by {@link #startSchool}: it counts for this year's first unit only. */
    private void clearCarried(SchoolView school) {
        for (int s = 0; s < carried.length; s++) {
            for (int i = 0; i < school.size(); i++) {
                school.setColumn(carried[s], i, 0f);
            }
        }
    }

    /**
     * Runs the unit events due this week of the students filed under it, in served order (the order of the
     * school's {@code units} draws), and files each under the week of its next event. The school's roster is
     * fixed within a year (students join and leave at the year turn), so every served index is in the school.
     */
    @Override
    public void onWeek(ComponentContext ctx, SchoolView school) {
        UnitProgress[] p = progress == null ? null : progress[school.id()];
        if (p == null) {
            return;
        }
        int k = school.id();
        int week = ctx.week() + 1;
        DueWeeks due = dueWeeks[k];
        if (!due.any(week)) {
            return;
        }
        double now = week;
        double[] prof = proficiency[k];
        SplittableRandom rng = unitStreams[k];
        int[] list = served[k];
        for (int w = 0, words = due.words(); w < words; w++) {
            for (long bits = due.word(week, w); bits != 0; bits &= bits - 1) {
                int j = (w << 6) + Long.numberOfTrailingZeros(bits);
                int i = list[j];
                for (UnitProgress unit : p) {
                    unit.catchUp(term, school, i, now, prof[i], rng);
                }
                due.add(j, earliest(p, i));
            }
        }
    }

    /** Student {@code i}'s earliest unit event in any subject. */
    private double earliest(UnitProgress[] p, int i) {
        double next = UnitProgress.NEVER;
        for (UnitProgress unit : p) {
            next = Math.min(next, unit.nextEvent(term, i));
        }
        return next;
    }

    @Override
    public void onYearEnd(ComponentContext ctx) {
        if (progress == null) {
            return;
        }
        PaceTally total = new PaceTally();
        for (SchoolView school : ctx.schools()) {
            UnitProgress[] p = progress[school.id()];
            if (p == null) {
                continue;
            }
            for (int s = 0; s < p.length; s++) {
                for (int i = 0; i < school.size(); i++) {
                    if (p[s].served(i)) {
                        school.setColumn(carried[s], i, (float) p[s].close(term, school, i));
                    }
                }
                p[s].tally.addTo(total);
            }
        }
        reports.add(PaceReport.of(ctx.year(), total));
    }
}
