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
 * The benchmark table as CSV, one row per district size: every figure of the terminal table, the
 * targets' verdicts, and the environment (repeated on each row, so a row stands alone). Written to a
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
        Column.THROUGHPUT.forEach(c -> names.add(c.name()));
        Column.TIME_AND_MEMORY.forEach(c -> names.add(c.name()));
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
                for (SizeResult r : report.results()) {
                    csv.printRecord(row(report, r));
                }
            }
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<String> row(BenchReport report, SizeResult r) {
        List<String> row = new ArrayList<>();
        Column.THROUGHPUT.forEach(c -> row.add(c.csv(r)));
        Column.TIME_AND_MEMORY.forEach(c -> row.add(c.csv(r)));
        for (Target t : Target.values()) {
            row.add(t.verdict(r));
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
