package org.plsim.experiment.warm;

import java.util.Objects;
import org.plsim.experiment.ProgressListener;

/**
 * How one {@link WarmRunner#run} call runs.
 *
 * @param progress    told as each arm finishes, from pool threads (not told when the result was kept)
 * @param reuseResult true: a result kept from an earlier run of the equal scenario (same seed and replicates) is
 *                    returned as it is, the very object; false: the replicates run again (plans are still
 *                    reused)
 */
public record RunOptions(ProgressListener progress, boolean reuseResult) {
    /** Reuse a kept result when there is one, no progress. */
    public static final RunOptions DEFAULT = new RunOptions(ProgressListener.NONE, true);
    /** Always run the replicates, no progress. */
    public static final RunOptions FRESH = new RunOptions(ProgressListener.NONE, false);

    public RunOptions {
        Objects.requireNonNull(progress, "progress");
    }

    public RunOptions withProgress(ProgressListener listener) {
        return new RunOptions(listener, reuseResult);
    }
}
