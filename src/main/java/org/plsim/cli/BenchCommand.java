package org.plsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plsim.bench.BenchConfig;
import org.plsim.bench.BenchCsv;
import org.plsim.bench.BenchReport;
import org.plsim.bench.BenchTable;
import org.plsim.bench.Benchmark;
import org.plsim.bench.SweepBench;
import org.plsim.io.files.ResultFolder;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plsim bench}: throughput and memory of the business-as-usual model beside its two references. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measures, in one run, student-steps per second per core and heap use of the business-as-usual "
                    + "model for K-12 districts of several sizes (4 years of 36 weeks, one thread per run), "
                    + "beside two references on the same rule: the conventional MASON way (one Steppable per "
                    + "student on the schedule) and the random-number floor (the model's draws alone).",
            "Checks the targets: >= 60 M student-steps/s per core, >= 15x MASON, within 3x of the floor, "
                    + "and 350k students, 4 years, both arms on one core in under 5 s.",
            "Timings are disturbed by other work on the machine: the load average is printed with them."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "STUDENTS",
            description = "District sizes in students (default: 10000,100000,350000; --quick: 2000,5000).")
    List<Long> sizes;

    @Option(names = "--repetitions", paramLabel = "N",
            description = "Timed runs per size of the model and the floor (default: 5; --quick: 2); "
                    + "the conventional MASON model gets at most 3.")
    Integer repetitions;

    @Option(names = "--quick", description = "Small districts and few runs: a smoke test, not a measurement.")
    boolean quick;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table to FILE as CSV.")
    Path csv;

    @Option(names = "--sweep", description = "Measure sweeps instead: runs per minute of a 4-point component mix "
            + "of a 10,000-student district (or the first of --sizes), 4 years, 200 runs on every processor "
            + "(--quick: 600 students, 1 year, 12 runs), the share of thread time outside the models, and the "
            + "heap mid-sweep after N and 2N runs.")
    boolean sweep;

    @Override
    public Integer call() throws Exception {
        if (sweep) {
            return sweepBench();
        }
        BenchConfig config = quick ? BenchConfig.quick() : BenchConfig.standard();
        if (sizes != null) {
            for (long s : sizes) {
                if (s < Grades.COUNT || s > DistrictSpec.MAX_STUDENTS) {
                    throw new ParameterException(spec.commandLine(), String.format("--sizes: %,d is not a "
                            + "district size; allowed: %d to %,d students", s, Grades.COUNT, DistrictSpec.MAX_STUDENTS));
                }
            }
            config = config.withSizes(sizes);
        }
        if (repetitions != null) {
            if (repetitions < 1) {
                throw new ParameterException(spec.commandLine(), "--repetitions: at least 1, not " + repetitions);
            }
            config = config.withRepetitions(repetitions);
        }
        BenchReport report = new Benchmark(config, line -> System.err.println("bench: " + line)).run();
        System.out.print(BenchTable.render(report));
        if (csv != null) {
            BenchCsv.write(report, csv);
            System.err.println("bench: wrote " + csv);
        }
        return 0;
    }

    private int sweepBench() throws Exception {
        long students = sizes != null ? sizes.get(0) : quick ? 600 : 10_000;
        Path scratch = Files.createTempDirectory("plsim-sweep-bench");
        try {
            SweepBench.Figures f = SweepBench.measure(students, quick ? 1 : 4,
                    Runtime.getRuntime().availableProcessors(), quick ? 3 : 50, scratch);
            System.out.println(f.describe());
        } finally {
            ResultFolder.deleteTree(scratch);
        }
        return 0;
    }
}
