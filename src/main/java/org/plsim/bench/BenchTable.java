package org.plsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark as the terminal shows it: environment, throughput, time and memory, targets, notes. */
public final class BenchTable {
    private BenchTable() {
    }

    public static String render(BenchReport report) {
        Environment env = report.environment();
        BenchConfig cfg = report.config();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "plsim bench — %d years × %d weeks; workloads: %s%n",
                BenchDistricts.YEARS, BenchDistricts.WEEKS_PER_YEAR,
                String.join(", ", cfg.workloads().stream().map(Workload::label).toList())));
        out.append(String.format(Locale.ROOT, "JVM %s; %d available processors; max heap %,d MiB; GC %s%n",
                env.jvm(), env.processors(), env.maxHeapBytes() >> 20, env.collectors()));
        out.append(String.format(Locale.ROOT, "Load average (1 min, this benchmark included) %.2f at start, %.2f "
                + "at end%n%n", env.loadAtStart(), env.loadAtEnd()));
        if (!report.results().isEmpty()) {
            out.append(String.format(Locale.ROOT, "Business as usual, one thread per run. Runs per size and arm: "
                            + "warm-up until %d runs and %.1f s are done, then %d timed (model, floor) or %d timed "
                            + "(MASON, after 1+ warm-up)%n%n", cfg.warmups(), cfg.warmupSeconds(), cfg.repetitions(),
                    cfg.masonRepetitions()));
            out.append("Throughput (M student-steps per second per core; min = slowest timed run)\n");
            out.append(table(report.results(), Column.THROUGHPUT)).append('\n');
            out.append("Time and memory\n");
            out.append(table(report.results(), Column.TIME_AND_MEMORY)).append('\n');
            out.append("Targets, business as usual\n").append(targets(report.results())).append('\n');
        }
        if (!report.workloads().isEmpty()) {
            out.append("Workloads (median, p95 and slowest of the timed runs, in the row's unit)\n");
            out.append(workloads(report.workloads())).append('\n');
            String targets = workloadTargets(report.workloads());
            if (!targets.isEmpty()) {
                out.append("Targets, workloads\n").append(targets).append('\n');
            }
        }
        if (!report.skipped().isEmpty()) {
            out.append("Not measured\n");
            report.skipped().forEach(s -> out.append("  ").append(s).append('\n'));
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, NOTES, cfg.masonBudget() / 1e6));
        out.append(String.format(Locale.ROOT, WORKLOAD_NOTES, cfg.pairedRepetitions(), cfg.processWarmups(),
                cfg.repetitions(), PreviewBench.THREADS, cfg.repetitions(), PreviewBench.SMALL_GRANTEE_STUDENTS));
        return out.toString();
    }

    private static String workloads(List<WorkloadRow> rows) {
        List<WorkloadColumn> columns = WorkloadColumn.terminal();
        TextTable t = new TextTable(columns.stream().map(WorkloadColumn::header).toList(),
                WorkloadColumn.textColumns(columns));
        for (WorkloadRow r : rows) {
            t.row(columns.stream().map(c -> c.cell().read(r, rows, false)).toList());
        }
        return t.render();
    }

    private static String workloadTargets(List<WorkloadRow> rows) {
        TextTable t = new TextTable(List.of("target", "checked on", "workload", "case", "result"), 5);
        boolean any = false;
        for (WorkloadTarget target : WorkloadTarget.values()) {
            for (WorkloadRow r : rows) {
                if (WorkloadTarget.of(r).filter(target::equals).isPresent()) {
                    t.row(List.of(target.goal(), target.basis(), r.workload().label(), String.format(Locale.ROOT,
                            "%s, %,d students", r.label(), r.students()), target.describe(r, rows)));
                    any = true;
                }
            }
        }
        return any ? t.render() : "";
    }

    private static String table(List<SizeResult> results, List<Column> columns) {
        TextTable t = new TextTable(columns.stream().map(Column::header).toList(), 0);
        for (SizeResult r : results) {
            t.row(columns.stream().map(c -> c.display(r)).toList());
        }
        return t.render();
    }

    private static String targets(List<SizeResult> results) {
        List<String> headers = new ArrayList<>(List.of("target", "checked on"));
        results.forEach(r -> headers.add(String.format(Locale.ROOT, "%,d students", r.students())));
        TextTable t = new TextTable(headers, 2);
        for (Target target : Target.values()) {
            List<String> row = new ArrayList<>(List.of(target.goal(), target.basis()));
            results.forEach(r -> row.add(target.describe(r)));
            t.row(row);
        }
        return t.render();
    }

    static final String NOTES = """
            Notes
              student-steps: one student stepped through one week; rate = student-steps / seconds.
              model, whole run: DistrictModel, threads=1, from construction to the end of the last year (building the
                district, year starts, tests and promotions included). model, weekly: ordinary weeks only
                (neither a year's first nor its last week), timed around each schedule step from outside.
              MASON: a Student object per student on the schedule (scheduleRepeating, default shuffling),
                state.random (MersenneTwisterFast), same rule and draws; it runs the whole years that fit
                %.0fM student-steps (at least one; see its weeks column), as a rate needs no full run.
              RNG floor: one SplittableRandom.nextGaussian and one nextLong per student-week, nothing else.
              peak heap: sum of the heap pools' peaks during one model run after a full GC; an upper bound
                that grows with -Xmx (eden fills before it is collected). live heap: heap held by a built
                model after System.gc(), less the heap in use before building it.
            """;

    static final String WORKLOAD_NOTES = """
              bau: the business-as-usual rows above, whole run of one arm. all-four: the components: block of
                scenarios/components/all_four.yaml (no budget, evidence at central values) on the bench districts of
                100k students and more; one replicate, treatment arm then business-as-usual arm on one thread, as
                plsim run --threads 1 --replicates 1 --uncertainty none; rate = 2 arms × students × weeks / wall
                time, construction and year turns included; rate vs BAU = that over the business-as-usual arm's
                rate in the same runs. components: each component of that plan alone on the smallest all-four
                district; treatment ÷ BAU arm = the arms' model times in the same replicates; extra s = their
                difference per replicate. %d timed runs each, after warm-up.
              fixed-cost: plsim run of a 130-student, 1-year, 1-replicate scenario as a child process (the plsim
                launcher if the bench was started by it, else java -cp), start to exit, into a fresh --out
                folder; %d untimed first, then %d timed.
              csv: outcomes.csv, effects.csv and summary.csv of one prebuilt run (all-four plan, 4 years) written
                again and again by plsim run's writers; MB = 10^6 bytes of the three files.
              preview: every scenarios/rttd-2012 and rttd-2013 grantee read once, then run as written (its replicates,
                years, uncertainty) on %d threads in this JVM, results only (effects paired and summarized, no
                files); one untimed pass over all, then %d timed passes; p95 by nearest rank. Grantees of up to
                %,d students are also pooled in one row; the largest has its own target.
            """;
}
