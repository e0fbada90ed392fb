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
     * The threshold, 0–4096, for log-odds {@code x}. An {@code exp} and a division, no branch: a table of the
     * 4096 cuts, stepped from the last threshold, was tried and lost to mispredicted branches, as a plan's
     * fading lift moves a third of its students a step each week, at random.
     */
    static int threshold(double x) {
        double q = 1.0 / (1.0 + Math.exp(-x));
        return (int) Math.round(q * SCALE);
    }

    /** The daily chance a threshold stands for. */
    static double chance(int threshold) {
        return threshold * (1.0 / SCALE);
    }
}
