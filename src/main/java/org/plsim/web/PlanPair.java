package org.plsim.web;

import org.plsim.analysis.PlanComparison;

/**
 * A view (B, the reviewer's change) beside the plan as proposed (A: its base scenario with the view's seed and
 * replicates), both run alike: a preview beside a preview, a full run beside a full run, so replicate <i>r</i>
 * of both simulated the same students from the same draws and B − A can be taken replicate by replicate.
 *
 * @param a the plan as proposed
 * @param b the view; the same projection as {@code a} when nothing was changed
 */
record PlanPair(Projection a, Projection b) {
    PlanPair {
        if (a.replicates() != b.replicates() || a.asRead().seed() != b.asRead().seed()) {
            throw new IllegalArgumentException("A and B must run the same replicates from the same seed");
        }
    }

    /** Whether the view differs from the plan as proposed (as resolved scenarios, not as URLs). */
    boolean changed() {
        return !a.hash().equals(b.hash());
    }

    /** The paired comparison B − A, key by key. */
    PlanComparison comparison() {
        return PlanComparison.of(a.run().effects(), b.run().effects());
    }

    /** What the rendered results depend on: both plans' hashes. */
    String key() {
        return b.hash() + "|" + a.hash();
    }
}
