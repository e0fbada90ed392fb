package org.plsim.components.competency;

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
     * next student's, and the counters in {@link #counters}, {@code COUNTERS} ints apart: a unit event touches two
     * places in memory, not eleven arrays (the weekly step visits students once every few weeks, so their state
     * is rarely still in cache).
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
    private static final int COUNTERS = 5;
    private static final int UNIT = 0;
    private static final int PHASE = 1;
    /** 1 if this unit's check-and-correct cycle runs as designed, else 0. */
    private static final int CYCLE_RUNS = 2;
    private static final int SERVED = 3;
    /**
     * 1 if the unit's learning rate is business as usual's to the last bit (no prerequisite gain and nothing
     * transferred yet: a first unit without carried mastery, or a chain of units whose cycle did not run), so
     * the mastery its check finds first is {@link #BAU}, without a second {@code exp}; else 0.
     */
    private static final int RATE_IS_BAU = 4;
    private final Subject subject;
    private final int size;
    private final double[] numbers;
    private final int[] counters;
    PaceTally tally = new PaceTally();

    UnitProgress(Subject subject, int size) {
        this.subject = subject;
        this.size = size;
        numbers = new double[size * STRIDE];
        counters = new int[size * COUNTERS];
    }

    /**
     * This school's progress for a new year of {@code size} students: these arrays again, cleared where a new
     * year reads before it writes (who is served, what was transferred, the year's credit), when they are large
     * enough; else new ones. Saves allocating and zeroing the arrays per school and subject each fall.
     */
    UnitProgress forYear(int size) {
        if (this.size < size) {
            return new UnitProgress(subject, Math.max(size, this.size + (this.size >> 3))); // room to grow
        }
        for (int i = 0; i < this.size; i++) {
            counters[i * COUNTERS + SERVED] = 0;
            numbers[i * STRIDE + TRANSFERRED] = 0.0;
            numbers[i * STRIDE + YEAR_SD] = 0.0;
        }
        tally = new PaceTally();
        return this;
    }

    /** Student {@code i} starts the year's first unit, with {@code carriedSd} of last year's mastery beyond BAU. */
    void start(Term t, SchoolView school, int i, double carriedSd, SplittableRandom rng) {
        counters[i * COUNTERS + SERVED] = 1;
        numbers[i * STRIDE + PREREQUISITE_SD] = carriedSd;
        beginUnit(t, school, i, 0, 0.0, rng);
    }

    boolean served(int i) {
        return counters[i * COUNTERS + SERVED] != 0;
    }

    /** True if some event {@code catchUp} would run by week {@code now} falls at {@code eventTime} or before. */
    static boolean due(double eventTime, double now) {
        return eventTime <= now + EPS;
    }

    /** When student {@code i}'s next unit event falls ({@link #NEVER} once the year's units are done). */
    double nextEvent(Term t, int i) {
        return counters[i * COUNTERS + UNIT] < t.units() ? numbers[i * STRIDE + EVENT_TIME] : NEVER;
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
        final int[] c = counters;
        final int d = i * STRIDE;
        final int n = i * COUNTERS;
        while (c[n + UNIT] < t.units() && due(x[d + EVENT_TIME], now)) {
            x[d + MASTERY] = c[n + PHASE] != 0 ? m.afterCorrective(x[d + MASTERY], x[d + RATE], strength * school.timeShare(i))
                    : c[n + RATE_IS_BAU] != 0 ? x[d + BAU] : MasteryModel.mastery(x[d + RATE], 1.0);
            if (c[n + CYCLE_RUNS] == 0) {
                advance(t, school, i, rng);
                continue;
            }
            double observed = x[d + MASTERY] + t.errorSd(school.diagnosticData(i)) * Ziggurat.next(rng);
            tally.checks++;
            if (observed >= t.threshold()) {
                tally.falsePasses += x[d + MASTERY] < t.threshold() ? 1 : 0;
                advance(t, school, i, rng);
            } else if (c[n + PHASE] < t.maxRounds()) {
                c[n + PHASE]++;
                tally.correctiveRounds++;
                x[d + EVENT_TIME] += t.correctiveDelay();
            } else {
                tally.movedOnUnmastered++;
                advance(t, school, i, rng);
            }
        }
    }

    /** Year end: the unit in progress counts for what was learned of it, units never reached for nothing. */
    double close(Term t, SchoolView school, int i) {
        final double[] x = numbers;
        final int d = i * STRIDE;
        final int unit = counters[i * COUNTERS + UNIT];
        if (unit < t.units()) {
            double behind = x[d + EVENT_TIME] + (t.units() - 1 - unit) * t.unitWeeks() - t.yearWeeks();
            tally.addBehind(behind);
            double learned = counters[i * COUNTERS + PHASE] > 0 ? x[d + MASTERY]
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

    private void advance(Term t, SchoolView school, int i, SplittableRandom rng) {
        final int d = i * STRIDE;
        double gain = numbers[d + MASTERY] - numbers[d + BAU];
        credit(t, school, i, gain);
        numbers[d + PREREQUISITE_SD] = gain / t.scale();
        beginUnit(t, school, i, counters[i * COUNTERS + UNIT] + 1, numbers[d + EVENT_TIME], rng);
    }

    private void beginUnit(Term t, SchoolView school, int i, int u, double from, SplittableRandom rng) {
        final double[] x = numbers;
        final int d = i * STRIDE;
        final int n = i * COUNTERS;
        counters[n + UNIT] = u;
        if (u >= t.units()) {
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
        counters[n + RATE_IS_BAU] = rateIsBau ? 1 : 0;
        counters[n + PHASE] = 0;
        x[d + MASTERY] = 0;
        x[d + EVENT_TIME] = from + t.unitWeeks();
        counters[n + CYCLE_RUNS] = rng.nextDouble() < t.intensity() ? 1 : 0;
    }

    /** Credits {@code share} of one unit's content mastered beyond (below, if negative) business as usual. */
    private void credit(Term t, SchoolView school, int i, double share) {
        double sd = t.alignedSd(share);
        double transfer = t.model().transferShare() * sd;
        school.addMastery(subject, i, sd - transfer);
        if (transfer != 0) {
            school.addLearning(subject, i, transfer);
        }
        numbers[i * STRIDE + TRANSFERRED] += transfer;
        numbers[i * STRIDE + YEAR_SD] += sd;
    }
}
