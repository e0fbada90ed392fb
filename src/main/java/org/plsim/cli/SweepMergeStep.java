package org.plsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.sweepfolder.ShardReport;
import org.plsim.io.sweepfolder.SweepStatus;
import org.plsim.workflow.sweep.FolderStatus;
import org.plsim.workflow.sweep.LargestEffects;
import org.plsim.workflow.sweep.MergeAndAnalysis;
import org.plsim.workflow.sweep.MergedSweep;
import org.plsim.workflow.sweep.SweepOutputs;
import org.plsim.workflow.sweep.SweepProblem;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code sweep}, {@code merge} and {@code status} print: where a folder stands, a shard, a merged sweep. */
final class SweepMergeStep {
    /** What a finished merge or shard prints on stdout. */
    enum Say {
        /** the headline effects and where the report is */
        SUMMARY,
        /** the result folder alone (--quiet) */
        FOLDER,
        /** nothing: the caller reports (plsim rerun) */
        NOTHING
    }

    private final CommandSpec command;
    private final SweepOutputs outputs;
    private final Say say;

    SweepMergeStep(CommandSpec command, SweepOutputs outputs, Say say) {
        this.command = command;
        this.outputs = outputs;
        this.say = say;
    }

    /** Prints where the folder stands; 0 when complete, 2 when runs are missing, 1 when runs disagree. */
    int status(Path root, SweepPlan plan, String sweepFile) {
        try {
            SweepStatus s = FolderStatus.of(root, plan, sweepFile);
            PrintWriter out = command.commandLine().getOut();
            s.describe(Launched.program()).forEach(out::println);
            clusterLines(root, s.complete()).forEach(out::println);
            out.flush();
            return !s.nondeterministic().isEmpty() ? 1 : s.complete() ? 0 : 2;
        } catch (SweepProblem p) {
            return fail(p, command.commandLine().getErr());
        }
    }

    /** Says on stderr what damage a job found in its shard, which runs it reran, and where the damaged file is. */
    void repaired(Path root, ShardReport o) {
        if (o.repaired().isEmpty()) {
            return;
        }
        PrintWriter err = command.commandLine().getErr();
        o.repaired().forEach(d -> err.println("plsim: damaged: " + d));
        err.println(String.format(Locale.ROOT, "plsim: reran the %,d runs missing (the damaged ones and any never "
                + "run); the damaged file is kept as %s", o.runsDone(), root.relativize(o.damagedKeptAs())));
        err.flush();
    }

    int shardDone(Path root, Shard shard, ShardReport o) {
        PrintWriter out = command.commandLine().getOut();
        if (say == Say.FOLDER) {
            out.println(root);
        } else if (say == Say.SUMMARY) {
            out.println(String.format(Locale.ROOT, "shard %s %s: %,d runs now, %,d done before, in %s",
                    shard.label(), o.alreadyComplete() ? "was already complete" : "complete", o.runsDone(),
                    o.runsSkipped(), root.resolve("shards")));
            out.println("when every shard is complete: " + Launched.program() + " merge " + root);
        }
        out.flush();
        return 0;
    }

    /** Merges the folder and writes its analysis and manifest, then says what it holds. */
    int mergeAndAnalyse(Path root, MergeAndAnalysis.PlanSource plans, String sweepFile, Instant started, int threads,
                        ShardReport session) {
        List<String> args = command.commandLine().getParseResult() == null ? List.of()
                : command.commandLine().getParseResult().originalArgs();
        MergedSweep merged;
        try {
            merged = new MergeAndAnalysis(outputs, args).run(root, plans, sweepFile, started, threads, session);
        } catch (SweepProblem p) {
            int code = fail(p, command.commandLine().getErr());
            clusterLines(root, false).forEach(command.commandLine().getErr()::println);
            command.commandLine().getErr().flush();
            return code;
        }
        PrintWriter out = command.commandLine().getOut();
        if (say == Say.FOLDER) {
            out.println(root);
        } else if (say == Say.SUMMARY) {
            summary(merged, out);
        }
        out.flush();
        return 0;
    }

    /** The sweep's size, a resumed torn run, its largest effects and where the report is. */
    private static void summary(MergedSweep m, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "sweep %s: %,d runs over %,d design points in %s", m.sweepId(),
                m.runs(), m.points(), m.root()));
        if (m.tornBytes() > 0) {
            out.println(String.format(Locale.ROOT, "(cut off %,d bytes of a run interrupted mid-write; it was rerun)",
                    m.tornBytes()));
        }
        LargestEffects largest = m.largest();
        if (largest != null) {
            out.println(String.format(Locale.ROOT, "Largest effects on math achievement, all students, year %d "
                    + "(SD units, 95%% CI over replicates; cost per student per 0.1 SD):", largest.year()));
            for (LargestEffects.Row r : largest.rows()) {
                out.println(String.format(Locale.ROOT, "  %-40s %+.3f [%s, %s]  %s", r.label(), r.effectMean(),
                        ci(r.ciLow()), ci(r.ciHigh()), Double.isNaN(r.costPerTenthSd()) ? ""
                                : "$" + String.format(Locale.ROOT, "%,.0f", r.costPerTenthSd())));
            }
        }
        out.println("Report: " + m.root().resolve("report.html"));
    }

    private static String ci(double bound) {
        return Double.isNaN(bound) ? "no CI" : String.format(Locale.ROOT, "%+.3f", bound);
    }

    /**
     * For a folder planned with {@code plsim cluster plan}, the lines that finish it on Slurm: the resubmit command
     * and the {@code sbatch --array=…} it runs; none for another folder or a complete one.
     */
    static List<String> clusterLines(Path root, boolean complete) {
        if (complete || !new ClusterFolder(root).planned()) {
            return List.of();
        }
        try {
            ClusterSweep sweep = ClusterSweep.open(root);
            List<Integer> missing = sweep.missing(sweep.status());
            if (missing.isEmpty()) {
                return List.of();
            }
            return List.of("on Slurm (planned in " + sweep.folder.dir() + "): " + Launched.program()
                    + " cluster resubmit " + root, "  (which runs: " + sweep.sbatchLine(missing) + ", then the merge "
                    + "with --dependency=afterany:<its job id>)");
        } catch (Exception e) { // the folder's own status said what is wrong with it already
            return List.of();
        }
    }

    /** Prints the problem's lines on stderr, its commands as launched; 2 when refused, 1 when failed. */
    static int fail(SweepProblem p, PrintWriter err) {
        p.status().map(s -> s.describe(Launched.program())).orElse(p.lines()).forEach(err::println);
        return p.kind() == SweepProblem.Kind.REFUSED ? 2 : 1;
    }
}
