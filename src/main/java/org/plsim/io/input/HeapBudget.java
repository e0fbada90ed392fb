package org.plsim.io.input;

import java.util.Locale;
import java.util.Optional;
import org.plsim.scenario.ScenarioSpec;

/**
 * Whether a scenario's district fits in the Java heap, said before any work starts rather than as an
 * {@code OutOfMemoryError} an hour in. Each running arm holds its students in {@code School}'s struct of
 * arrays: about 76 bytes a student, ~100 with the arrays' growth slack. Arms run in parallel, up to one
 * per thread, two per replicate.
 *
 * @param maxHeapBytes   the most heap the JVM may use ({@link Runtime#maxMemory()})
 * @param concurrentArms arms that may run at once (the thread count)
 */
public record HeapBudget(long maxHeapBytes, int concurrentArms) {
    /** Heap per student per running arm, bytes. */
    public static final long BYTES_PER_STUDENT = 100;
    /** Heap for everything else: classes, outcomes, the reader (bytes). */
    public static final long BASE_BYTES = 64L << 20;

    /** This JVM's heap limit, with one arm per available processor. */
    public static HeapBudget ofThisJvm() {
        Runtime rt = Runtime.getRuntime();
        return new HeapBudget(rt.maxMemory(), rt.availableProcessors());
    }

    /** Heap the scenario needs, bytes: students × 100 B × arms running at once, plus a fixed base. */
    public long bytesNeeded(ScenarioSpec spec) {
        return BASE_BYTES + spec.district().students() * BYTES_PER_STUDENT * armsAtOnce(spec);
    }

    /** Why the scenario would not fit, with how to make it fit; empty when it fits. */
    public Optional<String> shortfall(ScenarioSpec spec) {
        long needed = bytesNeeded(spec);
        if (needed <= maxHeapBytes) {
            return Optional.empty();
        }
        long suggestGiB = Math.max(1, (long) Math.ceil(needed * 1.25 / (1L << 30)));
        return Optional.of(String.format(Locale.ROOT, "found %,d students, which need about %,d MiB of heap "
                        + "(%d bytes a student × %d arms at once), but this Java may use at most %,d MiB; "
                        + "allowed: a district that fits, or more heap: run with -Xmx%dg "
                        + "(e.g. PLSIM_JAVA_OPTS=-Xmx%dg plsim ...) or with fewer threads",
                spec.district().students(), needed >> 20, BYTES_PER_STUDENT, armsAtOnce(spec), maxHeapBytes >> 20,
                suggestGiB, suggestGiB));
    }

    private long armsAtOnce(ScenarioSpec spec) {
        return Math.max(1, Math.min(concurrentArms, 2L * spec.replicates()));
    }
}
