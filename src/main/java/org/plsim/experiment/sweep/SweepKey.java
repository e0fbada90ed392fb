package org.plsim.experiment.sweep;

/**
 * A run of a sweep: one design point, one replicate. Its results depend on the key alone; its run seed
 * depends on the replicate alone (common random numbers across design points).
 */
public record SweepKey(int point, int replicate) implements Comparable<SweepKey> {
    /**
     * Position in the run order, {@code replicate × points + point}: replicate rounds, each over all
     * points, so that {@code index % n} stripes every shard across points (DISTRIBUTED.md).
     */
    public long runIndex(int points) {
        return (long) replicate * points + point;
    }

    public static SweepKey ofIndex(long index, int points) {
        return new SweepKey((int) (index % points), (int) (index / points));
    }

    @Override
    public int compareTo(SweepKey o) {
        return point != o.point ? Integer.compare(point, o.point) : Integer.compare(replicate, o.replicate);
    }
}
