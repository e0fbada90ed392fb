package org.plsim.model.agent;

/**
 * A student's daily absence chance as the weekly draw uses it, and as grant components see it: a multiple of
 * 1/4096, {@code t/4096} with the threshold {@code t} = round(4096·q), {@code q} the logistic of the student's
 * absence log-odds. Components read the chance the draw uses rather than the unrounded logistic, so a student's
 * chance changes (and with it the minutes of software used, the tutoring attended) only when a lever moves it a
 * whole step, not each time a plan's lift fades a little.
 */
final class AbsenceChance {
    /** Resolution of a daily absence chance: 12 bits, so five school days fit in one 64-bit draw. */
    static final int BITS = 12;
    static final int SCALE = 1 << BITS;

    private AbsenceChance() {
    }

    /**
     * The threshold, 0–4096, for log-odds {@code x}: an {@code exp} and a division. When a lever moves a
     * student's log-odds, {@link #move} gives the same threshold mostly without them (a loop stepping through
     * the cuts from the last threshold was tried and lost to mispredicted branches, as a plan's fading lift
     * moves a third of its students a step each week, at random; {@code move} counts the two cuts next to the
     * last threshold without a branch).
     */
    static int threshold(double x) {
        double q = 1.0 / (1.0 + Math.exp(-x));
        return (int) Math.round(q * SCALE);
    }

    /**
     * The threshold for log-odds {@code x}, given {@code t}, the threshold of the student's log-odds before a
     * lever moved them: exactly {@link #threshold}{@code (x)}, without its {@code exp} and division when the
     * move stays between the same two cuts or crosses one (a weekly move is small next to a 1/4096 step).
     * Exact because {@link #threshold} is non-decreasing in {@code x} ({@code Math.exp} is semi-monotonic, the
     * other steps are correctly rounded): {@link Cuts#cut}{@code (k)} is the least double whose threshold is at
     * least {@code k}, so any {@code x} from cut(k) up to, not including, cut(k + 1) has threshold {@code k},
     * whatever {@code t} was.
     */
    static int move(int t, double x) {
        double[] at = Cuts.AT;
        if (x >= at[t] && x < at[t + 3]) {
            // From cut(t − 1) up to cut(t + 2): t − 1, plus one for each of cut(t), cut(t + 1) at or below x.
            return t - 1 + (x >= at[t + 1] ? 1 : 0) + (x >= at[t + 2] ? 1 : 0);
        }
        return threshold(x);
    }

    /**
     * The 4096 cuts of {@link #threshold}, found with that very function (so they hold for the {@code exp} this
     * JVM uses) when a lever first moves a chance: business-as-usual runs never load them.
     */
    static final class Cuts {
        /**
         * {@code AT[k + 1]} = {@link #cut}{@code (k)} for k = −1…4098: −∞ for k ≤ 0 and +∞ for k ≥ 4097 (the
         * ends padded so that {@link #move} reads one cut beyond either side of any threshold without a test).
         */
        static final double[] AT = cuts();

        private Cuts() {
        }

        /** The least double {@code x} with {@code threshold(x) >= k}, for k = 0…4097 (−∞ for 0, +∞ for 4097). */
        static double cut(int k) {
            return AT[k + 1];
        }

        private static double[] cuts() {
            double[] at = new double[SCALE + 4];
            at[0] = Double.NEGATIVE_INFINITY;
            at[1] = Double.NEGATIVE_INFINITY;
            at[SCALE + 2] = Double.POSITIVE_INFINITY;
            at[SCALE + 3] = Double.POSITIVE_INFINITY;
            for (int k = 1; k <= SCALE; k++) {
                double p = (k - 0.5) / SCALE;
                at[k + 1] = least(k, Math.log(p / (1 - p)));
            }
            return at;
        }

        /** The least double with threshold at least k, searched from the estimate x0 (near the cut). */
        private static double least(int k, double x0) {
            double step = 1e-12;
            double lo = x0;
            double hi = x0;
            while (threshold(lo) >= k) {
                lo = x0 - step;
                step *= 2;
            }
            step = 1e-12;
            while (threshold(hi) < k) {
                hi = x0 + step;
                step *= 2;
            }
            // threshold(lo) < k <= threshold(hi): bisect on the doubles between them (both ends finite).
            while (Math.nextUp(lo) < hi) {
                double mid = lo + (hi - lo) / 2;
                if (mid <= lo || mid >= hi) {
                    mid = Math.nextUp(lo);
                }
                if (threshold(mid) >= k) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        }
    }

    /** The daily chance a threshold stands for. */
    static double chance(int threshold) {
        return threshold * (1.0 / SCALE);
    }
}
