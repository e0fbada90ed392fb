package org.plsim.workflow.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.sweepfolder.ShardReport;
import org.plsim.io.sweepfolder.SweepJob;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;

/**
 * Runs an expanded sweep (or one shard of it) into its folder, resumably, after checking every point builds
 * and the largest fits in the heap with the threads asked for: the work of {@code plsim sweep} before its
 * merge, shared with {@code plsim rerun}. Each problem names the command that would finish the runs kept.
 */
public final class SweepSession {
    private final String name;
    private final ComponentRegistry registry;
    private final String commandLine;

    /**
     * @param name        the command, for messages ({@code plsim sweep})
     * @param commandLine the whole command as typed, which the folder's lock file names while it runs; null for
     *                    the {@code plsim sweep} command that would run it
     */
    public SweepSession(String name, ComponentRegistry registry, String commandLine) {
        this.name = name;
        this.registry = registry;
        this.commandLine = commandLine;
    }

    /**
     * Runs {@code plan} into {@code root}; {@code sweepFile} is the file as the user named it, recorded in the
     * shards' sidecars and the manifest.
     *
     * @throws SweepProblem refused: a point that does not build, a heap too small, a folder of another sweep;
     *                      failed: a run or a write (the finished runs are kept)
     */
    public ShardReport run(SweepPlan plan, Path root, Shard slice, int threads, boolean resume, String sweepFile,
                           SweepProgress progress) throws SweepProblem {
        SweepRun run;
        try {
            run = new SweepRun(plan, registry, EvidenceRegistry.builtIn());
        } catch (InvalidSpecException e) {
            throw new SweepProblem(SweepProblem.Kind.REFUSED,
                    e.violations().stream().map(v -> sweepFile + ": " + v).toList());
        }
        String heap = heapShortfall(run, threads);
        if (heap != null) {
            throw new SweepProblem(SweepProblem.Kind.REFUSED, sweepFile + ": " + heap);
        }
        try {
            return (commandLine == null ? new SweepJob(run, root, slice, threads, resume, sweepFile, progress)
                    : new SweepJob(run, root, slice, threads, resume, sweepFile, progress, commandLine)).run();
        } catch (SweepRefusal e) {
            throw new SweepProblem(SweepProblem.Kind.REFUSED, name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new SweepProblem(SweepProblem.Kind.FAILED, name + ": could not write " + root + " (finished runs "
                    + "are kept; to finish them: " + resume(sweepFile, root) + "): " + e);
        } catch (RuntimeException e) {
            throw new SweepProblem(SweepProblem.Kind.FAILED, name + ": a run failed (finished runs are kept in "
                    + root + "; to finish them: " + resume(sweepFile, root) + "): " + e);
        }
    }

    private static String resume(String sweepFile, Path root) {
        return "plsim sweep " + sweepFile + " --resume --out " + root;
    }

    /** Whether the largest point's district fits in the heap with {@code threads} runs (one arm each) at once. */
    private static String heapShortfall(SweepRun run, int threads) {
        ScenarioSpec largest = run.plan().points().stream().map(p -> run.plan().plannedScenario(p.index()))
                .max(Comparator.comparingLong(s -> s.district().students())).orElse(null);
        if (largest == null) {
            return null;
        }
        // a run's two arms go one after the other: `threads` arms at once, as `threads` replicates' worth would give
        return new HeapBudget(Runtime.getRuntime().maxMemory(), threads).shortfall(largest.withReplicates(threads))
                .map(s -> "district: " + s).orElse(null);
    }
}
