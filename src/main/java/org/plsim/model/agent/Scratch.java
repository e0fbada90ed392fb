package org.plsim.model.agent;

/**
 * Per-thread scratch buffers, grown to the largest school a thread has seen and then reused: the week's
 * Gaussian shocks and the fall's class lists live here rather than in one array per school, so they stay in
 * the core's cache and cost no heap per student. Schools step in parallel, hence one set per thread.
 */
final class Scratch {
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);
    private double[] doubles = new double[0];
    private int[] ints = new int[0];

    private Scratch() {
    }

    static Scratch get() {
        return LOCAL.get();
    }

    /** At least {@code n} doubles; their contents are whatever the last user left. */
    double[] doubles(int n) {
        if (doubles.length < n) {
            doubles = new double[n + (n >> 3)];
        }
        return doubles;
    }

    /** At least {@code n} ints; their contents are whatever the last user left. */
    int[] ints(int n) {
        if (ints.length < n) {
            ints = new int[n + (n >> 3)];
        }
        return ints;
    }
}
