package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.sweepfolder.ShardReport;
import org.plsim.io.sweepfolder.SweepJob;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs an expanded sweep (or one shard of it) into its folder with a progress display, then, when it ran
 * whole, merges and analyses it: the work of {@code plsim sweep}, shared with {@code plsim rerun}, which
 * re-makes a sweep from its manifest the same way.
 */
final class SweepExecution {
    private final CommandSpec command;
    private final String name;
    private final ComponentRegistry registry;
    private final SweepMergeStep finish;
    private final boolean progress;

    /**
     * @param name     the command, for messages ({@code plsim sweep})
     * @param finish   how the merged runs are analysed and what is printed after
     * @param progress whether to show progress on stderr (a bar on a terminal, a line a minute in a log)
     */
    SweepExecution(CommandSpec command, String name, ComponentRegistry registry, SweepMergeStep finish,
                   boolean progress) {
        this.command = command;
        this.name = name;
        this.registry = registry;
        this.finish = finish;
        this.progress = progress;
    }

    /**
     * Runs {@code plan} into {@code root}; {@code sweepFile} is the file as the user named it, recorded in the
     * shards' sidecars and the manifest. Returns the exit code after printing what went wrong, if anything.
     */
    int run(SweepPlan plan, Path root, Shard slice, int threads, boolean resume, String sweepFile, Instant started) {
        PrintWriter err = command.commandLine().getErr();
        SweepRun run;
        try {
            run = new SweepRun(plan, registry, EvidenceRegistry.builtIn());
        } catch (InvalidSpecException e) {
            e.violations().forEach(v -> err.println(sweepFile + ": " + v));
            return 2;
        }
        String heap = heapShortfall(run, threads);
        if (heap != null) {
            err.println(sweepFile + ": " + heap);
            return 2;
        }
        ShardReport outcome;
        try (SweepProgressDisplay display = SweepProgressDisplay.open(plan.sweepId(), progress, err)) {
            outcome = new SweepJob(run, root, slice, threads, resume, sweepFile, display).run();
        } catch (SweepRefusal e) {
            err.println(name + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(name + ": could not write " + root + " (finished runs are kept; to finish them: "
                    + resume(sweepFile, root) + "): " + e);
            return 1;
        } catch (RuntimeException e) {
            err.println(name + ": a run failed (finished runs are kept in " + root + "; to finish them: "
                    + resume(sweepFile, root) + "): " + e);
            return 1;
        }
        if (!slice.isWhole()) {
            return finish.shardDone(root, slice, outcome);
        }
        return finish.mergeAndAnalyse(root, merged -> plan, sweepFile, started, threads, outcome);
    }

    private static String resume(String sweepFile, Path root) {
        return "plsim sweep " + sweepFile + " --resume --out " + root;
    }

    /** Whether the largest point's district fits in the heap with {@code threads} runs (one arm each) at once. */
    private static String heapShortfall(SweepRun run, int threads) {
        ScenarioSpec largest = run.plan().points().stream().map(p -> run.scenario(p.index()))
                .max(Comparator.comparingLong(s -> s.district().students())).orElse(null);
        if (largest == null) {
            return null;
        }
        // a run's two arms go one after the other: `threads` arms at once, as `threads` replicates' worth would give
        return new HeapBudget(Runtime.getRuntime().maxMemory(), threads).shortfall(largest.withReplicates(threads))
                .map(s -> "district: " + s).orElse(null);
    }
}
