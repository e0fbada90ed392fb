package org.plsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.experiment.warm.WarmResult;
import org.plsim.io.csv.EffectsCsv;
import org.plsim.io.csv.OutcomeCsv;
import org.plsim.io.csv.SummaryCsv;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * CSV writing throughput: a run result is built once (a benchmark district with the all-four plan, 4 years,
 * several replicates, on every processor), then its {@code outcomes.csv}, {@code effects.csv} and
 * {@code summary.csv} are written again and again into a temporary folder by the writers {@code plsim run}
 * uses. Each timed write is all three files; the rate is their bytes (10^6 a MB) over its wall time.
 */
final class CsvWriteBench {
    private static final int MAX_WARMUPS = 200;
    private final BenchConfig config;
    private final ComponentRegistry registry;
    private final Consumer<String> progress;

    CsvWriteBench(BenchConfig config, ComponentRegistry registry, Consumer<String> progress) {
        this.config = config;
        this.registry = registry;
        this.progress = progress;
    }

    WorkloadRow measure(List<ComponentSpec> plan, Path scratch) throws IOException {
        ScenarioSpec spec = BenchDistricts.ofSize(config.csvStudents()).withComponents(plan)
                .withReplicates(config.csvReplicates()).withBudget(null);
        progress.accept(String.format(Locale.ROOT, "csv: building a run result (%,d students, replicates: %d)",
                spec.district().students(), spec.replicates()));
        WarmResult result = WarmResult.of(new ScenarioRunner(registry,
                Runtime.getRuntime().availableProcessors()).run(spec, ProgressListener.NONE));
        Path dir = Files.createDirectories(scratch.resolve("csv"));
        long until = System.nanoTime() + (long) (config.warmupSeconds() * 1e9);
        long bytes = 0;
        progress.accept("csv: warm-up");
        for (int i = 0; i < MAX_WARMUPS && (i < config.warmups() || System.nanoTime() < until); i++) {
            bytes = write(result, dir);
        }
        int n = config.repetitions();
        double[] rate = new double[n];
        progress.accept(String.format(Locale.ROOT, "csv: %d timed writes", n));
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            bytes = write(result, dir);
            rate[i] = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
        }
        String label = String.format(Locale.ROOT, "3 CSVs of %d replicate%s, %.1f MB", spec.replicates(),
                spec.replicates() == 1 ? "" : "s", bytes / 1e6);
        return WorkloadRow.of(Workload.CSV, label, spec.district().students(), n, WorkloadRow.Unit.MB_PER_S,
                Samples.median(rate), Samples.min(rate));
    }

    /** Writes the three files as {@code RunReport.writeTo} does; returns their bytes. */
    private static long write(WarmResult r, Path dir) throws IOException {
        String id = r.result().spec().id();
        Path outcomes = dir.resolve(OutcomeCsv.FILE);
        Path effects = dir.resolve(EffectsCsv.FILE);
        Path summary = dir.resolve(SummaryCsv.FILE);
        OutcomeCsv.write(outcomes, r.result());
        EffectsCsv.write(effects, id, r.effects());
        SummaryCsv.write(summary, id, r.summaries());
        return Files.size(outcomes) + Files.size(effects) + Files.size(summary);
    }
}
