package org.plsim.experiment.cluster;

import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepEstimate;
import org.plsim.experiment.sweep.SweepPlan;

/**
 * What a cluster plan needs to know of a sweep: its paired runs, the CPU time they take as the sweep estimate
 * reckons it, and the heap its largest district needs.
 *
 * @param runs            paired runs (points × replicates; adaptive: at most)
 * @param cpuSeconds      estimated CPU time of every run, seconds
 * @param basis           how the estimate was made, in words
 * @param largestStudents students in the largest design point's district
 * @param heapBaseBytes   heap a JVM needs besides its arms, bytes
 * @param heapBytesPerArm heap one running arm of the largest district needs, bytes
 */
public record SweepSize(long runs, double cpuSeconds, String basis, long largestStudents, long heapBaseBytes,
                        long heapBytesPerArm) {
    /**
     * The size of {@code plan}, with the heap a student takes in a running arm and the heap's fixed part (as the
     * caller's heap check counts them).
     */
    public static SweepSize of(SweepPlan plan, long heapBaseBytes, long heapBytesPerStudent) {
        SweepEstimate e = SweepEstimate.of(plan, Shard.WHOLE, 1);
        long largest = 0;
        for (int p = 0; p < plan.points().size(); p++) {
            largest = Math.max(largest, plan.plannedScenario(p).district().students());
        }
        String basis = String.format(java.util.Locale.ROOT, "%.1f M student-weeks a second a thread and %.2f s a "
                + "paired run, as recorded", SweepEstimate.STUDENT_WEEKS_PER_SECOND / 1e6, SweepEstimate.SECONDS_PER_RUN);
        return new SweepSize(e.runs(), e.seconds(), basis, largest, heapBaseBytes, largest * heapBytesPerStudent);
    }
}
