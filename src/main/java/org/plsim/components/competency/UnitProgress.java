package org.plsim.components.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.plsim.model.component.SchoolView;
import org.plsim.model.random.Ziggurat;
import org.plsim.model.observe.Subject;

/**
 * Where each served student of one school stands in this year's units of one subject, and the unit cycle:
 * instruction for a unit's time, a mastery check (true mastery plus measurement error), then either
 * advancement or a corrective round that adds mastery but, for the part not given outside class, puts the
 * student behind the class's pace. Arrays sized to the school, rebuilt each fall (units are this year's).
 *
 * <p>Every unit finished (or, at the year end, not finished) is credited against what business-as-usual
 * instruction would have given the same student ({@link MasteryModel#bauMastery}): the difference, in
 * aligned SD, goes to curriculum-specific mastery ({@code addMastery}) except the transferable share, which
 * goes to learning that standardized tests see ({@code addLearning}).
 */
final class UnitProgress {
    private static final double EPS = 1e-9;
    /** No event due: a student past the year's last unit. */
    static final double NEVER = Double.POSITIVE_INFINITY;
    /**
     * A student's numbers for this subject lie side by side in {@link #numbers}, {@code STRIDE} doubles from the
     * next subject's, the counters packed into the last of them ({@link #COUNTS}); the subjects of one student
     * lie side by side too ({@link #forSubjects}), {@link #row} doubles from the next student's. A student's visit
     * (both subjects' events) then reads one stretch of 128 bytes (adjacent cache lines) instead of
     * four places, as the weekly step visits a student once every few weeks, when its state is rarely in cache.
     */
    private static final int STRIDE = 8;
    /** When the unit's next event (check or end of a corrective round) falls, weeks since the year started. */
    private static final int EVENT_TIME = 0;
    private static final int MASTERY = 1;
    private static final int RATE = 2;
    /** Mastery business-as-usual instruction would give, the unit's baseline for credit. */
    private static final int BAU = 3;
    private static final int PREREQUISITE_SD = 4;
    /** Transferable learning credited this year, SD: kept out of the business-as-usual baseline. */
    private static final int TRANSFERRED = 5;
    /** Aligned SD credited this year (carried into next year's first unit). */
    private static final int YEAR_SD = 6;
    /**
     * The counters, as the raw bits of a double: the unit (bits 0–15), the phase (corrective rounds run, bits
     * 16–23) and three flags. Small non-negative integers, so the double is never NaN and its bits are kept
     * exactly by every load and store.
     */
    private static final int COUNTS = 7;
    private static final long UNIT_MASK = 0xFFFF;
    private static final int PHASE_SHIFT = 16;
    private static final long PHASE_ONE = 1L << PHASE_SHIFT;
    private static final long PHASE_MASK = 0xFFL << PHASE_SHIFT;
    /** Set if this unit's check-and-correct cycle runs as designed. */
    private static final long CYCLE_RUNS = 1L << 24;
    private static final long SERVED = 1L << 25;
    /**
     * Set if the unit's learning rate is business as usual's to the last bit (no prerequisite gain and nothing
     * transferred yet: a first unit without carried mastery, or a chain of units whose cycle did not run), so
     * the mastery its check finds first is {@link #BAU}, without a second {@code exp}.
     */
    private static final long RATE_IS_BAU = 1L << 26;
    private final Subject subject;
    private final int size;
    private final double[] numbers;
    /** Doubles from one student's numbers to the next's: {@code STRIDE} times the subjects sharing the array. */
    private final int row;
    /** Where this subject's numbers start in a student's row. */
    private final int base;
    PaceTally tally = new PaceTally();

    /** One subject's progress, in arrays of its own. */
    UnitProgress(Subject subject, int size) {
        this(subject, size, new double[size * STRIDE], STRIDE, 0);
    }

    private UnitProgress(Subject subject, int size, double[] numbers, int row, int base) {
        this.subject = subject;
        this.size = size;
        this.numbers = numbers;
        this.row = row;
        this.base = base;
    }

    /** The progress of {@code subjects} for {@code size} students, a student's subjects side by side. */
    static UnitProgress[] forSubjects(List<Subject> subjects, int size) {
        int row = STRIDE * subjects.size();
        double[] shared = new double[size * row];
        UnitProgress[] out = new UnitProgress[subjects.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = new UnitProgress(subjects.get(s), size, shared, row, STRIDE * s);
        }
        return out;
    }

    /**
     * This school's progress for a new year of {@code size} students: these arrays again, cleared where a new
     * year reads before it writes (who is served, what was transferred, the year's credit), when they are large
     * enough; else new ones. Saves allocating and zeroing the arrays per school and subject each fall.
     */
    UnitProgress forYear(int size) {
        return forYear(new UnitProgress[] {this}, size)[0];
    }

    /** {@link #forYear} for progress made by {@link #forSubjects} (or one subject's), kept side by side. */
    static UnitProgress[] forYear(UnitProgress[] last, int size) {
        int had = last[0].size;
        if (had < size) {
            List<Subject> subjects = new ArrayList<>();
            for (UnitProgress p : last) {
                subjects.add(p.subject);
            }
            return forSubjects(subjects, Math.max(size, had + (had >> 3))); // room to grow
        }
        for (UnitProgress p : last) {
            p.clearYear();
        }
        return last;
    }

    private void clearYear() {
        for (int i = 0; i < size; i++) {
            int d = i * row + base;
            numbers[d + COUNTS] = 0.0;   // not served, all counters 0
            numbers[d + TRANSFERRED] = 0.0;
            numbers[d + YEAR_SD] = 0.0;
        }
        tally = new PaceTally();
    }

    private static long counts(double[] x, int d) {
        return Double.doubleToRawLongBits(x[d + COUNTS]);
    }

    private static void setCounts(double[] x, int d, long c) {
        x[d + COUNTS] = Double.longBitsToDouble(c);
    }

    /** Student {@code i} starts the year's first unit, with {@code carriedSd} of last year's mastery beyond BAU. */
    void start(Term t, SchoolView school, int i, double carriedSd, SplittableRandom rng) {
        final int d = i * row + base;
        setCounts(numbers, d, SERVED);
        numbers[d + PREREQUISITE_SD] = carriedSd;
        beginUnit(t, school, i, 0, 0.0, rng);
    }

    boolean served(int i) {
        return (counts(numbers, i * row + base) & SERVED) != 0;
    }

    /** True if some event {@code catchUp} would run by week {@code now} falls at {@code eventTime} or before. */
    static boolean due(double eventTime, double now) {
        return eventTime <= now + EPS;
    }

    /** When student {@code i}'s next unit event falls ({@link #NEVER} once the year's units are done). */
    double nextEvent(Term t, int i) {
        final int d = i * row + base;
        return (counts(numbers, d) & UNIT_MASK) < t.units() ? numbers[d + EVENT_TIME] : NEVER;
    }

    /**
     * Runs student {@code i}'s unit events due by week {@code now} (weeks since the year started). A corrective
     * round works at the teacher's {@code strength} (proficiency, 0–1) times the share of the plan's time the
     * student's timetable gives ({@link SchoolView#timeShare}), read only when a round is run: no unit event
     * changes it, so the value is the one a read before the events would give.
     */
    void catchUp(Term t, SchoolView school, int i, double now, double strength, SplittableRandom rng) {
        MasteryModel m = t.model();
        final double[] x = numbers;
        final int d = i * row + base;
        final int units = t.units();
        for (long c = counts(x, d); (c & UNIT_MASK) < units && due(x[d + EVENT_TIME], now); c = counts(x, d)) {
            x[d + MASTERY] = (c & PHASE_MASK) != 0
                    ? m.afterCorrective(x[d + MASTERY], x[d + RATE], strength * school.timeShare(i))
                    : (c & RATE_IS_BAU) != 0 ? x[d + BAU] : MasteryModel.mastery(x[d + RATE], 1.0);
            if ((c & CYCLE_RUNS) == 0) {
                advance(t, school, i, c, rng);
                continue;
            }
            double observed = x[d + MASTERY] + t.errorSd(school.diagnosticData(i)) * Ziggurat.next(rng);
            tally.checks++;
            if (observed >= t.threshold()) {
                tally.falsePasses += x[d + MASTERY] < t.threshold() ? 1 : 0;
                advance(t, school, i, c, rng);
            } else if ((c & PHASE_MASK) >>> PHASE_SHIFT < t.maxRounds()) {
                setCounts(x, d, c + PHASE_ONE);
                tally.correctiveRounds++;
                x[d + EVENT_TIME] += t.correctiveDelay();
            } else {
                tally.movedOnUnmastered++;
                advance(t, school, i, c, rng);
            }
        }
    }

    /** Year end: the unit in progress counts for what was learned of it, units never reached for nothing. */
    double close(Term t, SchoolView school, int i) {
        final double[] x = numbers;
        final int d = i * row + base;
        final long c = counts(x, d);
        final int unit = (int) (c & UNIT_MASK);
        if (unit < t.units()) {
            double behind = x[d + EVENT_TIME] + (t.units() - 1 - unit) * t.unitWeeks() - t.yearWeeks();
            tally.addBehind(behind);
            double learned = (c & PHASE_MASK) != 0 ? x[d + MASTERY]
                    : MasteryModel.mastery(x[d + RATE],
                            Math.max(0, 1.0 - (x[d + EVENT_TIME] - t.yearWeeks()) / t.unitWeeks()));
            credit(t, school, i, learned - x[d + BAU]);
            double zBau = school.achievement(subject, i) - x[d + TRANSFERRED];
            double notReached = t.bauMastery(zBau);
            for (int u = unit + 1; u < t.units(); u++) {
                credit(t, school, i, -notReached);
            }
        } else {
            tally.addBehind(0);
        }
        return x[d + YEAR_SD];
    }

    /** Moves student {@code i}, whose counters are {@code c}, to the next unit. */
    private void advance(Term t, SchoolView school, int i, long c, SplittableRandom rng) {
        final int d = i * row + base;
        double gain = numbers[d + MASTERY] - numbers[d + BAU];
        credit(t, school, i, gain);
        numbers[d + PREREQUISITE_SD] = gain / t.scale();
        beginUnit(t, school, i, (int) (c & UNIT_MASK) + 1, numbers[d + EVENT_TIME], rng);
    }

    /** Starts unit {@code u} at {@code from} weeks: the counters keep only whether the student is served. */
    private void beginUnit(Term t, SchoolView school, int i, int u, double from, SplittableRandom rng) {
        final double[] x = numbers;
        final int d = i * row + base;
        final long served = counts(x, d) & SERVED;
        if (u >= t.units()) {
            setCounts(x, d, served | u);
            return;
        }
        double z = school.achievement(subject, i);
        // as t.rate(z, prerequisite) and t.bauMastery(z − transferred), with one exp when their exponents agree
        double own = t.rateExponent(z, x[d + PREREQUISITE_SD]);
        double usual = t.rateExponent(z - x[d + TRANSFERRED], 0);
        double rate = t.rateOf(own);
        boolean rateIsBau = own == usual;
        x[d + RATE] = rate;
        x[d + BAU] = MasteryModel.mastery(rateIsBau ? rate : t.rateOf(usual), 1.0);
        x[d + MASTERY] = 0;
        x[d + EVENT_TIME] = from + t.unitWeeks();
        boolean runs = rng.nextDouble() < t.intensity();
        setCounts(x, d, served | u | (rateIsBau ? RATE_IS_BAU : 0) | (runs ? CYCLE_RUNS : 0));
    }

    /** Credits {@code share} of one unit's content mastered beyond (below, if negative) business as usual. */
    private void credit(Term t, SchoolView school, int i, double share) {
        double sd = t.alignedSd(share);
        double transfer = t.model().transferShare() * sd;
        school.addMastery(subject, i, sd - transfer);
        if (transfer != 0) {
            school.addLearning(subject, i, transfer);
        }
        final int d = i * row + base;
        numbers[d + TRANSFERRED] += transfer;
        numbers[d + YEAR_SD] += sd;
    }
}
