package org.plsim.experiment.sweep;

import java.util.List;
import java.util.Map;

/**
 * A deterministic slice of a sweep: shard {@code index} of {@code count} takes the runs whose
 * {@link SweepKey#runIndex} modulo {@code count} is {@code index} (striped, so each shard gets every design
 * point). The whole sweep is shard 0/1.
 */
public record Shard(int index, int count) {
    public static final Shard WHOLE = new Shard(0, 1);

    /**
     * Array-job index variables of the schedulers PLSim knows, in the order they are looked at. Their
     * companion count variables are never read: a resubmitted subset of an array sees a count of 1, so the
     * shard count must come from the job script.
     */
    public static final List<String> ARRAY_INDEX_VARIABLES = List.of("SLURM_ARRAY_TASK_ID", "PBS_ARRAY_INDEX",
            "SGE_TASK_ID", "LSB_JOBINDEX", "AWS_BATCH_JOB_ARRAY_INDEX", "JOB_COMPLETION_INDEX");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("found shard " + index + "/" + count
                    + ", allowed: i/n with n at least 1 and i from 0 to n-1");
        }
    }

    public boolean isWhole() {
        return count == 1;
    }

    public boolean contains(SweepKey key, int points) {
        return key.runIndex(points) % count == index;
    }

    /** Runs of this shard in a sweep of {@code points} points × {@code replicates} replicates. */
    public long runs(int points, int replicates) {
        long total = (long) points * replicates;
        return total / count + (index < total % count ? 1 : 0);
    }

    /** {@code 2/8}, as on the command line. */
    public String label() {
        return index + "/" + count;
    }

    /** {@code 2-of-8}, as in file names. */
    public String fileStem() {
        return index + "-of-" + count;
    }

    /**
     * Reads {@code i/n}, or {@code auto/n}: the index from the first scheduler array variable set in
     * {@code env} ({@link #ARRAY_INDEX_VARIABLES}), the count as written.
     *
     * @throws IllegalArgumentException with a message saying what was found and what is allowed
     */
    public static Shard parse(String text, Map<String, String> env) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("found " + text + ", allowed: i/n (e.g. 3/16) or auto/n");
        }
        int count = number(parts[1], text);
        int index;
        if (parts[0].equals("auto")) {
            String variable = ARRAY_INDEX_VARIABLES.stream().filter(v -> env.get(v) != null).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("found " + text + " but no array index variable"
                            + " is set (" + String.join(", ", ARRAY_INDEX_VARIABLES) + "), allowed: i/n, or auto/n"
                            + " inside an array job"));
            index = number(env.get(variable).trim(), variable + "=" + env.get(variable));
        } else {
            index = number(parts[0], text);
        }
        if (count < 1 || index >= count) {
            throw new IllegalArgumentException("found shard " + index + "/" + count
                    + ", allowed: i/n with n at least 1 and i from 0 to n-1");
        }
        return new Shard(index, count);
    }

    private static int number(String s, String whole) {
        try {
            int v = Integer.parseInt(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("found " + whole + ", allowed: i/n with whole numbers, e.g. 3/16");
    }
}
