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
        out.append(String.format(Locale.ROOT, "plsim bench — business-as-usual rule, %d years × %d weeks, "
                + "one thread per run%n", BenchDistricts.YEARS, BenchDistricts.WEEKS_PER_YEAR));
        out.append(String.format(Locale.ROOT, "JVM %s; %d available processors; max heap %,d MiB; GC %s%n",
                env.jvm(), env.processors(), env.maxHeapBytes() >> 20, env.collectors()));
        out.append(String.format(Locale.ROOT, "Load average (1 min, this benchmark included) %.2f at start, %.2f "
                + "at end%n", env.loadAtStart(), env.loadAtEnd()));
        out.append(String.format(Locale.ROOT, "Runs per size and arm: warm-up until %d runs and %.1f s are done, "
                        + "then %d timed (model, floor) or %d timed (MASON, after 1+ warm-up)%n%n", cfg.warmups(),
                cfg.warmupSeconds(), cfg.repetitions(), cfg.masonRepetitions()));
        out.append("Throughput (M student-steps per second per core; min = slowest timed run)\n");
        out.append(table(report.results(), Column.THROUGHPUT)).append('\n');
        out.append("Time and memory\n");
        out.append(table(report.results(), Column.TIME_AND_MEMORY)).append('\n');
        out.append("Targets\n").append(targets(report.results())).append('\n');
        out.append(String.format(Locale.ROOT, NOTES, cfg.masonBudget() / 1e6));
        return out.toString();
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
}
