package org.plsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plsim.bench.BenchConfig;
import org.plsim.bench.BenchCsv;
import org.plsim.bench.BenchReport;
import org.plsim.bench.BenchTable;
import org.plsim.bench.BenchHost;
import org.plsim.bench.Benchmark;
import org.plsim.bench.PreviewRunner;
import org.plsim.bench.SobolBench;
import org.plsim.bench.SweepBench;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.warm.RunOptions;
import org.plsim.experiment.warm.WarmRunner;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code plsim bench}: throughput and memory of the business-as-usual model beside its two references, and the
 * real workloads beside it: the all-four plan, each component alone, the fixed cost of a run, CSV writing, and
 * the grantee previews in a warm JVM.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measures, in one run, student-steps per second per core and heap use of the business-as-usual "
                    + "model for K-12 districts of several sizes (4 years of 36 weeks, one thread per run), "
                    + "beside two references on the same rule: the conventional MASON way (one Steppable per "
                    + "student on the schedule) and the random-number floor (the model's draws alone).",
            "Beside it, the real workloads: the all-four plan of scenarios/components/all_four.yaml (whole "
                    + "paired run, one thread) on the districts of 100,000 students or more; each of its "
                    + "components alone on the smallest of those; 'plsim run' of a 130-student scenario as a "
                    + "child process; writing a run's CSVs; and every RTT-D grantee scenario run again and again "
                    + "on 2 threads in this JVM (the explorer's preview), and the explorer's server over HTTP (a control change, a cache hit). Run it from the project folder (the "
                    + "launcher does).",
            "Checks the targets: business as usual >= 60 M student-steps/s per core, >= 15x MASON, within 3x of "
                    + "the floor, 350k students, 4 years, both arms on one core in under 5 s, live heap <= 130 "
                    + "bytes/student; all-four >= 25 M student-steps/s per core; plsim run of the tiny scenario "
                    + "<= 1.0 s; CSV >= 100 MB/s; preview p95 <= 1 s for every grantee up to 30,000 students and "
                    + "<= 4 s for the largest; explorer preview p95 <= 1 s, cache hit <= 50 ms.",
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

    @Option(names = "--quick", description = "Small districts, few runs, the two smallest grantees: a smoke test "
            + "of every workload, not a measurement.")
    boolean quick;

    @Option(names = "--workloads", split = ",", paramLabel = "NAME",
            description = "What to measure (default: all): bau, all-four, components, fixed-cost, csv, preview, explorer.")
    List<String> workloads;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table to FILE as CSV.")
    Path csv;

    @Option(names = "--sweep", description = "Measure sweeps instead: runs per minute of a 4-point component mix "
            + "of a 10,000-student district (or the first of --sizes), 4 years, 200 runs on every processor "
            + "(--quick: 600 students, 1 year, 12 runs), the share of thread time outside the models, and the "
            + "heap mid-sweep after N and 2N runs.")
    boolean sweep;

    @Option(names = "--sobol", arity = "0..1", fallbackValue = "4", paramLabel = "YEARS",
            description = "Measure instead the runs and wall time stable total Sobol indices take: the all-four plan "
                    + "(scenarios/components/all_four.yaml, no budget) with all its ranged evidence parameters as "
                    + "factors, N doubled from 8 until every ST's 95%% bootstrap half-width on the last year's math "
                    + "and reading effects is at most 0.05 (or the design passes 200,000 points), each doubling "
                    + "running only the points it adds; YEARS grant years (default 4), on every processor. The "
                    + "district is all_four.yaml's (7,290 students), or a K-12 bench district of the first of "
                    + "--sizes students. Long: hours at 4 years on 2 cores.")
    Integer sobolYears;

    @Override
    public Integer call() throws Exception {
        if (sweep) {
            return sweepBench();
        }
        if (sobolYears != null) {
            return sobolBench();
        }
        BenchConfig config;
        try {
            config = BenchConfig.of(quick, sizes, repetitions, workloads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ComponentRegistry registry = ComponentRegistry.discover();
        BenchHost host = BenchHost.detect(registry, previewRunner(registry));
        BenchReport report = new Benchmark(config, host, line -> System.err.println("bench: " + line)).run();
        System.out.print(BenchTable.render(report));
        if (csv != null) {
            BenchCsv.write(report, csv);
            System.err.println("bench: wrote " + csv);
        }
        return 0;
    }

    /**
     * What the preview workload times: the warm runner the explorer and notebooks use (its threads and checked plans
     * kept between calls), asked for a fresh result each time.
     */
    static PreviewRunner previewRunner(ComponentRegistry registry) {
        WarmRunner warm = new WarmRunner(registry, EvidenceRegistry.builtIn(), PreviewRunner.THREADS);
        return spec -> warm.run(spec, RunOptions.FRESH); // a fresh result every time: the cache would time nothing
    }

    private int sobolBench() throws Exception {
        if (sobolYears < 1 || sobolYears > 4) {
            throw new ParameterException(spec.commandLine(), "--sobol: found " + sobolYears
                    + ", allowed: grant years from 1 to 4");
        }
        Long students = sizes == null ? null : sizes.get(0);
        if (students != null && (students < Grades.COUNT || students > DistrictSpec.MAX_STUDENTS)) {
            throw new ParameterException(spec.commandLine(), String.format("--sizes: found %d, allowed: a district "
                    + "of %d to %d students for --sobol", students, Grades.COUNT, DistrictSpec.MAX_STUDENTS));
        }
        System.out.println(SobolBench.measureInScratch(Path.of(""), students, sobolYears,
                Runtime.getRuntime().availableProcessors(), line -> System.err.println("bench: " + line)).describe());
        return 0;
    }

    private int sweepBench() throws Exception {
        long students = sizes != null ? sizes.get(0) : quick ? 600 : 10_000;
        System.out.println(SweepBench.measureInScratch(students, quick).describe());
        return 0;
    }
}
