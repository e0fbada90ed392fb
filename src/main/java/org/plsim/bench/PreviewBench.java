package org.plsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.scenario.ScenarioSpec;

/**
 * The web explorer's preview: the shipped grantee scenarios ({@code scenarios/rttd-2012}, {@code rttd-2013}),
 * each read once by the reader {@code plsim run} uses and run as written (its replicates, years, uncertainty) on
 * {@value #THREADS} threads by a {@link PreviewRunner}, in results only. After one untimed pass over every
 * scenario, each pass times every scenario once, smallest first; per scenario p50, p95 and the slowest, then the
 * same over every timed run of the grantees of up to {@value #SMALL_GRANTEE_STUDENTS} students, pooled.
 */
final class PreviewBench {
    /** Threads of a preview: the explorer's. */
    static final int THREADS = PreviewRunner.THREADS;
    /** Grantees up to this size share the 1 s target; the largest has its own. */
    static final long SMALL_GRANTEE_STUDENTS = 30_000;

    private final BenchConfig config;
    private final BenchHost host;
    private final Consumer<String> progress;

    PreviewBench(BenchConfig config, BenchHost host, Consumer<String> progress) {
        this.config = config;
        this.host = host;
        this.progress = progress;
    }

    /** The grantee scenario files, or none when the project's scenarios are not there. */
    static List<Path> granteeFiles(Path projectDir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : BenchHost.GRANTEES) {
            Path dir = projectDir.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    List<WorkloadRow> measure(List<Path> files) throws ScenarioException {
        ScenarioReader reader = ScenarioReader.forRunning(host.registry(), THREADS);
        List<ScenarioSpec> specs = new ArrayList<>();
        for (Path f : files) {
            specs.add(reader.readWithSources(f).spec());
        }
        specs.sort(Comparator.comparingLong((ScenarioSpec s) -> s.district().students()).thenComparing(ScenarioSpec::id));
        if (config.previewScenarios() > 0 && specs.size() > config.previewScenarios()) {
            specs = new ArrayList<>(specs.subList(0, config.previewScenarios()));
        }
        PreviewRunner runner = host.preview();
        progress.accept(String.format(Locale.ROOT, "preview: warm-up pass over %d grantee scenarios", specs.size()));
        for (ScenarioSpec s : specs) {
            runner.run(s);
        }
        int n = config.repetitions();
        double[][] seconds = new double[specs.size()][n];
        for (int pass = 0; pass < n; pass++) {
            progress.accept(String.format(Locale.ROOT, "preview: timed pass %d of %d", pass + 1, n));
            for (int i = 0; i < specs.size(); i++) {
                long t0 = System.nanoTime();
                runner.run(specs.get(i));
                seconds[i][pass] = (System.nanoTime() - t0) / 1e9;
            }
        }
        List<WorkloadRow> rows = new ArrayList<>();
        List<Double> small = new ArrayList<>();
        long smallStudents = 0;
        int largest = specs.size() - 1;
        for (int i = 0; i < specs.size(); i++) {
            ScenarioSpec s = specs.get(i);
            long students = s.district().students();
            if (students <= SMALL_GRANTEE_STUDENTS) {
                smallStudents = Math.max(smallStudents, students);
                for (double v : seconds[i]) {
                    small.add(v);
                }
            }
            rows.add(latency(s.id() + (i == largest ? " (largest)" : ""),
                    i == largest ? WorkloadRow.Role.LARGEST_GRANTEE : WorkloadRow.Role.GRANTEE, students, seconds[i]));
        }
        if (!small.isEmpty()) {
            long count = specs.stream().filter(s -> s.district().students() <= SMALL_GRANTEE_STUDENTS).count();
            rows.add(latency(String.format(Locale.ROOT, "every grantee ≤ %,d students (%d), pooled",
                    SMALL_GRANTEE_STUDENTS, count), WorkloadRow.Role.SMALL_GRANTEES, smallStudents,
                    small.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return rows;
    }

    private static WorkloadRow latency(String label, WorkloadRow.Role role, long students, double[] seconds) {
        return new WorkloadRow(Workload.PREVIEW, label, role, students, seconds.length, WorkloadRow.Unit.SECONDS,
                Samples.median(seconds), Samples.p95(seconds), Samples.max(seconds), Double.NaN, Double.NaN,
                Double.NaN);
    }
}
