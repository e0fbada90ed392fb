package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepOutputs;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepRecord;
import org.plsim.io.sweepfolder.ReplicateCounts;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.sweepfolder.StagedOutputs;
import org.plsim.io.manifest.SweepManifest;
import org.plsim.io.sweepfolder.SweepIdentity;
import org.plsim.io.sweepfolder.ShardReport;
import org.plsim.io.sweepfolder.SweepJob;
import org.plsim.io.sweepfolder.SweepMerge;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.io.sweepfolder.SweepStatus;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code sweep}, {@code merge} and {@code status} share: report a folder, merge it, run the analysis. */
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
        PrintWriter err = command.commandLine().getErr();
        if (!Files.exists(root.resolve(SweepIdentity.FILE))) {
            err.println(root + ": no runs yet (no " + SweepIdentity.FILE + ")" + (sweepFile == null ? ""
                    : "; to run them: plsim sweep " + sweepFile + " --out " + root));
            return 2;
        }
        try {
            SweepStatus s = SweepMerge.status(root);
            if (plan != null && !s.sweep().fingerprint().equals(plan.fingerprint())) {
                err.println(root + " holds sweep " + s.sweep().sweepId() + " (fingerprint "
                        + SweepIdentity.shortly(s.sweep().fingerprint()) + "), not this sweep file's ("
                        + SweepIdentity.shortly(plan.fingerprint()) + ")");
                return 2;
            }
            PrintWriter out = command.commandLine().getOut();
            s.describe().forEach(out::println);
            out.flush();
            return code(s);
        } catch (SweepRefusal e) {
            err.println("plsim: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("plsim: could not read " + root + ": " + e);
            return 1;
        }
    }

    int shardDone(Path root, Shard shard, ShardReport o) {
        PrintWriter out = command.commandLine().getOut();
        if (say == Say.FOLDER) {
            out.println(root);
        } else if (say == Say.SUMMARY) {
            out.println(String.format(Locale.ROOT, "shard %s %s: %,d runs now, %,d done before, in %s",
                    shard.label(), o.alreadyComplete() ? "was already complete" : "complete", o.runsDone(),
                    o.runsSkipped(), root.resolve("shards")));
            out.println("when every shard is complete: plsim merge " + root);
        }
        out.flush();
        return 0;
    }

    /** The sweep a merged folder is analysed with; null after saying why there is none. */
    @FunctionalInterface
    interface PlanSource {
        SweepPlan plan(SweepStatus merged);
    }

    /**
     * Merges the folder and, when every run is in, writes the analysis and {@code manifest.json} of the plan
     * (staged, each file renamed into place).
     */
    int mergeAndAnalyse(Path root, PlanSource plans, String sweepFile, Instant started, int threads,
                        ShardReport session) {
        PrintWriter err = command.commandLine().getErr();
        SweepStatus s;
        try {
            s = SweepMerge.merge(root);
        } catch (SweepRefusal e) {
            err.println("plsim: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("plsim: could not merge " + root + " (the shards are untouched): " + e);
            return 1;
        }
        if (!s.complete() || !s.nondeterministic().isEmpty()) {
            s.describe().forEach(err::println);
            return code(s);
        }
        SweepPlan plan = plans.plan(s);
        if (plan == null) {
            err.println("plsim: merged runs.csv and design.csv in " + root + "; no analysis or manifest without the "
                    + "sweep file");
            return 1;
        }
        SweepRecord record = record(s, sweepFile, started, threads, session);
        try {
            StagedOutputs.write(root, staging -> {
                outputs.write(staging, plan, record);
                SweepManifest.write(staging.resolve(SweepManifest.FILE), plan, record,
                        RunEnvironment.detect(Path.of("")), filesIn(staging));
            });
        } catch (IOException | RuntimeException e) {
            err.println("plsim: merged runs.csv and design.csv in " + root + ", but the analysis failed: " + e);
            return 1;
        }
        PrintWriter out = command.commandLine().getOut();
        if (say == Say.FOLDER) {
            out.println(root);
        } else if (say == Say.SUMMARY) {
            out.println(String.format(Locale.ROOT, "sweep %s: %,d runs over %,d design points in %s",
                    s.sweep().sweepId(), s.expected(), s.sweep().points().size(), root));
            if (session != null && session.tornBytes() > 0) {
                out.println(String.format(Locale.ROOT,
                        "(cut off %,d bytes of a run interrupted mid-write; it was rerun)",
                        session.tornBytes()));
            }
            headline(root.resolve("summary.csv"), out);
            out.println("Report: " + root.resolve("report.html"));
        }
        out.flush();
        return 0;
    }

    private static String ci(String cell) {
        return cell.isEmpty() ? "no CI" : String.format(Locale.ROOT, "%+.3f", Double.parseDouble(cell));
    }

    /**
     * The design points with the largest effect on math achievement (all students, all grades) in the last
     * year, with their 95% CI and cost per 0.1 SD, read back from summary.csv: the sweep's answer at a glance.
     */
    private static void headline(Path summary, PrintWriter out) {
        if (!java.nio.file.Files.exists(summary)) {
            return;
        }
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .build().parse(java.nio.file.Files.newBufferedReader(summary))) {
            java.util.List<org.apache.commons.csv.CSVRecord> rows = new java.util.ArrayList<>();
            int last = 0;
            for (var r : parser) {
                if (r.get("measure").equals("achievement") && r.get("subject").equals("math")
                        && r.get("subgroup").equals("all") && r.get("grade").equals("all")) {
                    int year = Integer.parseInt(r.get("year"));
                    if (year > last) {
                        rows.clear();
                        last = year;
                    }
                    if (year == last) {
                        rows.add(r);
                    }
                }
            }
            rows.sort(java.util.Comparator.comparingDouble(
                    (org.apache.commons.csv.CSVRecord r) -> -Double.parseDouble(r.get("effect_mean"))));
            out.println(String.format(Locale.ROOT, "Largest effects on math achievement, all students, year %d "
                    + "(SD units, 95%% CI over replicates; cost per student per 0.1 SD):", last));
            for (var r : rows.subList(0, Math.min(5, rows.size()))) {
                String cost = r.get("cost_per_student_per_0.1sd");
                out.println(String.format(Locale.ROOT, "  %-40s %+.3f [%s, %s]  %s", r.get("label"),
                        Double.parseDouble(r.get("effect_mean")), ci(r.get("effect_ci_low")), ci(r.get("effect_ci_high")),
                        cost.isEmpty() ? "" : "$" + String.format(Locale.ROOT, "%,.0f", Double.parseDouble(cost))));
            }
        } catch (IOException | RuntimeException e) {
            out.println("(no headline: " + e.getMessage() + ")");
        }
    }

    private SweepRecord record(SweepStatus s, String sweepFile, Instant started, int threads,
                               ShardReport session) {
        ReplicateCounts counts = s.counts();
        List<String> args = command.commandLine().getParseResult() == null ? List.of()
                : command.commandLine().getParseResult().originalArgs();
        boolean local = session != null;
        return new SweepRecord(sweepFile != null ? sweepFile : s.sweepFile(), args, started,
                counts.replicatesByPoint(), counts.stopped(), counts.halfWidths(), s.shards().size(),
                local ? threads : 0, local ? session.wallNanos() / 1e9 : Double.NaN, s.treatmentNanos() / 1e9,
                s.bauNanos() / 1e9);
    }

    /** Every file of the result but the manifest, sorted by name, for the manifest's list. */
    private static List<Path> filesIn(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(SweepManifest.FILE))
                    .sorted().toList();
        }
    }

    static int code(SweepStatus s) {
        return !s.nondeterministic().isEmpty() ? 1 : s.complete() ? 0 : 2;
    }
}
