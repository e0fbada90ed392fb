package org.plsim.model.agent;

/**
 * A student's daily absence chance as the weekly draw uses it: {@code t/4096}, {@code t} = round(4096·q) with
 * {@code q} the logistic of the absence log-odds {@code x}. The rounding is read off a table of the 4096 log-odds
 * at which {@code t} steps up, {@code cut(k) = logit((k − ½)/4096)}, so that {@code t} is the number of cuts at or
 * below {@code x}.
 *
 * <p><b>Why a table.</b> Grant components move a student's log-odds by a little, week after week (a plan's lift
 * fading, a mentor's engagement): from the chance it had, the new one is a step or two away, two comparisons
 * instead of an {@code exp} and a division. The cuts come from {@link StrictMath}, so they are the same on every
 * JVM; where a step falls, {@code x} goes to the higher chance, as {@link Math#round} sends halves up.
 */
final class AbsenceChance {
    /** Resolution of a daily absence chance: 12 bits, so five school days fit in one 64-bit draw. */
    static final int BITS = 12;
    static final int SCALE = 1 << BITS;
    /** {@code CUT[k]}, k = 1 … 4096: the log-odds from which the chance is at least k/4096; −∞ and +∞ at the ends. */
    private static final double[] CUT = cuts();

    private AbsenceChance() {
    }

    private static double[] cuts() {
        double[] cut = new double[SCALE + 2];
        cut[0] = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= SCALE; k++) {
            cut[k] = StrictMath.log((2.0 * k - 1) / (2.0 * SCALE - 2.0 * k + 1));
        }
        cut[SCALE + 1] = Double.POSITIVE_INFINITY;
        return cut;
    }

    /**
     * The threshold, 0–4096, for log-odds {@code x}, found by stepping from {@code from} (any threshold). A lever's
     * weekly move is at most a step either way, taken without a branch (a chance that moves up one week in three
     * would mispredict one); a longer move walks on.
     */
    static int threshold(double logOdds, int from) {
        double x = Math.min(logOdds, Double.MAX_VALUE); // +∞ would step past the last cut
        int t = from;
        t += x >= CUT[t + 1] ? 1 : 0;
        t -= x < CUT[t] ? 1 : 0;
        if (x >= CUT[t] && x < CUT[t + 1]) {
            return t;
        }
        while (x >= CUT[t + 1]) {
            t++;
        }
        while (x < CUT[t]) {
            t--;
        }
        return t;
    }

    /** The threshold for log-odds {@code x} from scratch: the logistic gives the step, the table settles it. */
    static int threshold(double x) {
        double q = 1.0 / (1.0 + Math.exp(-x));
        int guess = (int) Math.max(0, Math.min(SCALE, Math.round(q * SCALE)));
        return threshold(x, guess);
    }

    /** The daily chance a threshold stands for. */
    static double chance(int threshold) {
        return threshold * (1.0 / SCALE);
    }
}
