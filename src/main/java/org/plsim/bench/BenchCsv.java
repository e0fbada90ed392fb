package org.plsim.bench;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.io.csv.TidyCsv;

/**
 * The benchmark as CSV, one row per line of the workloads table (the business-as-usual rows first, one per
 * district size): the workload columns every row fills ({@link WorkloadColumn#ALL}, its target and verdict),
 * then the business-as-usual figures and targets (filled on {@code bau} rows only, empty on the others), and the
 * environment (repeated on each row, so a row stands alone). Written to a
 * temporary file beside the target and moved into place, so a reader never sees half a file. The dialect
 * is that of every result file ({@link TidyCsv}).
 */
public final class BenchCsv {
    private static final List<String> ENVIRONMENT = List.of("jvm", "processors", "max_heap_mib", "gc",
            "load_start", "load_end", "warmups", "warmup_s", "repetitions", "mason_repetitions");

    private BenchCsv() {
    }

    /** Every column, in file order. */
    public static List<String> columns() {
        List<String> names = new ArrayList<>();
        WorkloadColumn.ALL.forEach(c -> names.add(c.name()));
        bauColumns().forEach(c -> names.add(c.name()));
        for (Target t : Target.values()) {
            names.add(t.column());
        }
        names.addAll(ENVIRONMENT);
        return names;
    }

    public static void write(BenchReport report, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (CSVPrinter csv = TidyCsv.create(tmp, columns())) {
                int bau = 0;
                for (WorkloadRow w : report.workloads()) {
                    SizeResult r = w.workload() == Workload.BAU ? report.results().get(bau++) : null;
                    csv.printRecord(row(report, w, r));
                }
            }
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The business-as-usual figures, but students (a workload column). */
    private static List<Column> bauColumns() {
        List<Column> out = new ArrayList<>();
        Column.THROUGHPUT.stream().filter(c -> !c.name().equals("students")).forEach(out::add);
        out.addAll(Column.TIME_AND_MEMORY);
        return out;
    }

    /** {@code r}: the business-as-usual figures of a {@code bau} row, null on the other rows. */
    private static List<String> row(BenchReport report, WorkloadRow w, SizeResult r) {
        List<String> row = new ArrayList<>();
        WorkloadColumn.ALL.forEach(c -> row.add(c.cell().read(w, report.workloads(), true)));
        bauColumns().forEach(c -> row.add(r == null ? "" : c.csv(r)));
        for (Target t : Target.values()) {
            row.add(r == null ? "" : t.verdict(r));
        }
        Environment env = report.environment();
        BenchConfig cfg = report.config();
        row.addAll(List.of(env.jvm(), Integer.toString(env.processors()), Long.toString(env.maxHeapBytes() >> 20),
                env.collectors(), String.format(Locale.ROOT, "%.2f", env.loadAtStart()),
                String.format(Locale.ROOT, "%.2f", env.loadAtEnd()), Integer.toString(cfg.warmups()),
                String.format(Locale.ROOT, "%.1f", cfg.warmupSeconds()),
                Integer.toString(cfg.repetitions()), Integer.toString(cfg.masonRepetitions())));
        return row;
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
