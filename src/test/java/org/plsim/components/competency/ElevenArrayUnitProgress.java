package org.plsim.components.competency;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.plsim.model.component.SchoolView;
import org.plsim.model.random.Ziggurat;
import org.plsim.model.observe.Subject;

/**
 * The unit cycle as it was before its state was laid out a student at a time (session 22): eleven arrays, the
 * time share read before the events, four exps a unit. Kept as the reference {@link UnitProgressLayoutTest}
 * holds {@link UnitProgress} to, bit for bit.
 */
final class ElevenArrayUnitProgress {
    private static final double EPS = 1e-9;
    /** No event due: a student past the year's last unit. */
    static final double NEVER = Double.POSITIVE_INFINITY;
    private final Subject subject;
    private final boolean[] served;
    private final int[] unit;
    private final int[] phase;
    private final double[] eventTime;
    private final double[] mastery;
    private final double[] rate;
    private final double[] bau;
    private final double[] prerequisiteSd;
    private final double[] transferred;
    private final double[] yearSd;
    private final boolean[] cycleRuns;
    PaceTally tally = new PaceTally();

    ElevenArrayUnitProgress(Subject subject, int size) {
        this.subject = subject;
        served = new boolean[size];
        unit = new int[size];
        phase = new int[size];
        eventTime = new double[size];
        mastery = new double[size];
        rate = new double[size];
        bau = new double[size];
        prerequisiteSd = new double[size];
        transferred = new double[size];
        yearSd = new double[size];
        cycleRuns = new boolean[size];
    }

    /**
     * This school's progress for a new year of {@code size} students: these arrays again, cleared where a new
     * year reads before it writes (who is served, what was transferred, the year's credit), when they are large
     * enough; else new ones. Saves allocating and zeroing eleven arrays per school and subject each fall.
     */
    ElevenArrayUnitProgress forYear(int size) {
        if (served.length < size) {
            return new ElevenArrayUnitProgress(subject, size);
        }
        Arrays.fill(served, false);
        Arrays.fill(transferred, 0.0);
        Arrays.fill(yearSd, 0.0);
        tally = new PaceTally();
        return this;
    }

    /** Student {@code i} starts the year's first unit, with {@code carriedSd} of last year's mastery beyond BAU. */
    void start(Term t, SchoolView school, int i, double carriedSd, SplittableRandom rng) {
        served[i] = true;
        prerequisiteSd[i] = carriedSd;
        beginUnit(t, school, i, 0, 0.0, rng);
    }

    boolean served(int i) {
        return served[i];
    }

    /** True if some event {@code catchUp} would run by week {@code now} falls at {@code eventTime} or before. */
    static boolean due(double eventTime, double now) {
        return eventTime <= now + EPS;
    }

    /** When student {@code i}'s next unit event falls ({@link #NEVER} once the year's units are done). */
    double nextEvent(Term t, int i) {
        return unit[i] < t.units() ? eventTime[i] : NEVER;
    }

    /** Runs student {@code i}'s unit events due by week {@code now} (weeks since the year started). */
    void catchUp(Term t, SchoolView school, int i, double now, double proficiency, SplittableRandom rng) {
        MasteryModel m = t.model();
        while (unit[i] < t.units() && due(eventTime[i], now)) {
            mastery[i] = phase[i] == 0 ? MasteryModel.mastery(rate[i], 1.0)
                    : m.afterCorrective(mastery[i], rate[i], proficiency);
            if (!cycleRuns[i]) {
                advance(t, school, i, rng);
                continue;
            }
            double observed = mastery[i] + t.errorSd(school.diagnosticData(i)) * Ziggurat.next(rng);
            tally.checks++;
            if (observed >= t.threshold()) {
                tally.falsePasses += mastery[i] < t.threshold() ? 1 : 0;
                advance(t, school, i, rng);
            } else if (phase[i] < t.maxRounds()) {
                phase[i]++;
                tally.correctiveRounds++;
                eventTime[i] += t.correctiveDelay();
            } else {
                tally.movedOnUnmastered++;
                advance(t, school, i, rng);
            }
        }
    }

    /** Year end: the unit in progress counts for what was learned of it, units never reached for nothing. */
    double close(Term t, SchoolView school, int i) {
        if (unit[i] < t.units()) {
            double behind = eventTime[i] + (t.units() - 1 - unit[i]) * t.unitWeeks() - t.yearWeeks();
            tally.addBehind(behind);
            double learned = phase[i] > 0 ? mastery[i]
                    : MasteryModel.mastery(rate[i], Math.max(0, 1.0 - (eventTime[i] - t.yearWeeks()) / t.unitWeeks()));
            credit(t, school, i, learned - bau[i]);
            double zBau = school.achievement(subject, i) - transferred[i];
            double notReached = t.bauMastery(zBau);
            for (int u = unit[i] + 1; u < t.units(); u++) {
                credit(t, school, i, -notReached);
            }
        } else {
            tally.addBehind(0);
        }
        return yearSd[i];
    }

    private void advance(Term t, SchoolView school, int i, SplittableRandom rng) {
        double gain = mastery[i] - bau[i];
        credit(t, school, i, gain);
        prerequisiteSd[i] = gain / t.scale();
        beginUnit(t, school, i, unit[i] + 1, eventTime[i], rng);
    }

    private void beginUnit(Term t, SchoolView school, int i, int u, double from, SplittableRandom rng) {
        unit[i] = u;
        if (u >= t.units()) {
            return;
        }
        double z = school.achievement(subject, i);
        rate[i] = t.rate(z, prerequisiteSd[i]);
        bau[i] = t.bauMastery(z - transferred[i]);
        phase[i] = 0;
        mastery[i] = 0;
        eventTime[i] = from + t.unitWeeks();
        cycleRuns[i] = rng.nextDouble() < t.intensity();
    }

    /** Credits {@code share} of one unit's content mastered beyond (below, if negative) business as usual. */
    private void credit(Term t, SchoolView school, int i, double share) {
        double sd = t.alignedSd(share);
        double transfer = t.model().transferShare() * sd;
        school.addMastery(subject, i, sd - transfer);
        if (transfer != 0) {
            school.addLearning(subject, i, transfer);
        }
        transferred[i] += transfer;
        yearSd[i] += sd;
    }
}
