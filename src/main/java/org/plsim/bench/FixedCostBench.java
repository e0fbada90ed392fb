package org.plsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.plsim.io.files.ResultFolder;

/**
 * The fixed cost of a {@code plsim run}: a tiny scenario (one K–12 school of 130 students, one year, one
 * replicate, no component) run end to end as a child process, as a user runs it — the launcher script when the
 * bench was started through it, else {@code java -cp <this class path> org.plsim.cli.Main} — into a fresh
 * {@code --out} folder. Timed from starting the process to its exit: JVM start, class loading, reading, both arms,
 * the CSVs, the charts, the manifest and the summary printed.
 */
final class FixedCostBench {
    /** The tiny scenario: 10 students a grade, K–12, in one school; everything else from the reference. */
    static final String TINY_SCENARIO = """
            # plsim bench: the fixed cost of a run (written to a temporary folder, run, deleted).
            title: plsim bench - fixed cost of a run
            replicates: 1
            years: 1
            district:
              name: Tiny (bench)
              schools:
                - {name: k12, count: 1, grades: K-12, students_per_grade: 10}
            components: {}
            """;
    static final long TINY_STUDENTS = 130;
    private static final long TIMEOUT_MINUTES = 10;

    private final BenchConfig config;
    private final BenchHost host;
    private final Consumer<String> progress;

    FixedCostBench(BenchConfig config, BenchHost host, Consumer<String> progress) {
        this.config = config;
        this.host = host;
        this.progress = progress;
    }

    WorkloadRow measure(Path scratch) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(scratch.resolve("fixed-cost"));
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, TINY_SCENARIO);
        String how = host.plsimDescription();
        for (int i = 0; i < config.processWarmups(); i++) {
            progress.accept("fixed-cost: plsim run, " + TINY_STUDENTS + " students, " + how + ": warm-up");
            runOnce(dir, scenario, "warm-up-" + i);
        }
        int n = config.repetitions();
        double[] seconds = new double[n];
        for (int i = 0; i < n; i++) {
            progress.accept(String.format(Locale.ROOT, "fixed-cost: plsim run, %d students, %s: run %d of %d",
                    TINY_STUDENTS, how, i + 1, n));
            seconds[i] = runOnce(dir, scenario, "run-" + i);
        }
        return new WorkloadRow(Workload.FIXED_COST, "plsim run, 1 y, 1 rep, " + how,
                WorkloadRow.Role.MEASURED, TINY_STUDENTS, n, WorkloadRow.Unit.SECONDS, Samples.median(seconds),
                Samples.p95(seconds), Samples.max(seconds), Double.NaN, Double.NaN, Double.NaN);
    }

    /** Wall seconds of one {@code plsim run} into {@code dir/name}; the folder is deleted afterwards. */
    private double runOnce(Path dir, Path scenario, String name) throws IOException, InterruptedException {
        Path out = dir.resolve(name);
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(host.plsimCommand());
        command.addAll(List.of("run", scenario.toString(), "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!finished) {
            p.destroyForcibly();
            throw new IllegalStateException("plsim run of the tiny scenario took over " + TIMEOUT_MINUTES
                    + " minutes: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("plsim run of the tiny scenario failed (exit " + p.exitValue() + "): "
                    + String.join(" ", command) + "\n" + Files.readString(log));
        }
        if (Files.exists(out)) {
            ResultFolder.deleteTree(out);
        }
        Files.deleteIfExists(log);
        return seconds;
    }
}
