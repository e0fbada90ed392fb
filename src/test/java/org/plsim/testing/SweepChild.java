package org.plsim.testing;

import java.nio.file.Path;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.io.sweepfolder.SweepJob;

/**
 * A sweep in a JVM of its own, for tests that kill it: {@code java -cp <test class path>
 * org.plsim.testing.SweepChild FOLDER THREADS PAUSE_MILLIS}. It runs {@link #PLAN} into FOLDER (resuming),
 * pausing after each finished run so a test can catch it mid-sweep. The pause changes no result.
 */
public final class SweepChild {
    /** 3 points × 8 replicates = 24 runs. */
    public static final HandMadeSweep PLAN = HandMadeSweep.of(8, 0.0, 0.004, 0.008);

    private SweepChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long pause = Long.parseLong(args[2]);
        SweepProgress slow = new SweepProgress() {
            @Override
            public void advance(long done, long total) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        new SweepJob(SweepRun.of(PLAN), root, Shard.WHOLE, threads, true, "child.yaml", slow).run();
        System.out.println("done");
    }
}
