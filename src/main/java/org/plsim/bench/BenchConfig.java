package org.plsim.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;

/**
 * What {@code plsim bench} measures and how often.
 *
 * @param sizes        district sizes, in students, in the order measured (business as usual; the all-four plan
 *                     runs on those of 100,000 students or more, or on the largest when none is)
 * @param warmups      untimed runs of each arm before timing, so the JIT has compiled the hot loops
 * @param warmupSeconds least time those warm-up runs take together: small districts run in hundredths of
 *                     a second, too short for the JIT to finish compiling, so warm-up goes on until both
 *                     counts are met
 * @param repetitions  timed runs of the array model and of the random-number floor; timed `plsim run`s,
 *                     CSV writes and preview passes
 * @param masonRepetitions timed runs of the conventional MASON model (slow: fewer are affordable)
 * @param masonBudget  student-steps the conventional model may take per run: it runs as many whole years
 *                     as fit (at least one), and its rate is scaled from those — a rate needs no full run
 * @param workloads    what to measure
 * @param pairedRepetitions timed paired runs (both arms) of the all-four plan and of each component alone
 * @param processWarmups untimed `plsim run`s before the timed ones (the first after a build is slow)
 * @param csvStudents  students of the district whose run result the CSV workload writes
 * @param csvReplicates replicates of that run (4 years, all-four plan)
 * @param previewScenarios how many grantee scenarios the preview runs, smallest first (0: every one)
 */
public record BenchConfig(List<Long> sizes, int warmups, double warmupSeconds, int repetitions,
                          int masonRepetitions, long masonBudget, Set<Workload> workloads, int pairedRepetitions,
                          int processWarmups, long csvStudents, int csvReplicates, int previewScenarios) {
    public static final List<Long> DEFAULT_SIZES = List.of(10_000L, 100_000L, 350_000L);
    public static final List<Long> QUICK_SIZES = List.of(2_000L, 5_000L);
    /** The all-four plan runs on districts of this size or more (or on the largest size, if none is). */
    public static final long ALL_FOUR_FROM = 100_000L;

    public BenchConfig {
        sizes = List.copyOf(sizes);
        workloads = workloads == null || workloads.isEmpty() ? EnumSet.allOf(Workload.class) : EnumSet.copyOf(workloads);
        if (sizes.isEmpty() || warmups < 0 || !(warmupSeconds >= 0) || repetitions < 1 || masonRepetitions < 1
                || masonBudget < 1 || pairedRepetitions < 1 || processWarmups < 0 || csvStudents < 13
                || csvReplicates < 1 || previewScenarios < 0) {
            throw new IllegalArgumentException("a benchmark needs sizes, no negative warm-ups and at least one "
                    + "timed repetition");
        }
    }

    /** The full benchmark: 10k, 100k and 350k students, 2 warm-ups and 2 s, 5 timed runs (3 for MASON and pairs). */
    /**
     * The configuration the command line asks for: {@code quick} or standard, then the sizes, repetitions and
     * workloads given (null: the default).
     *
     * @throws IllegalArgumentException naming the option and what it allows
     */
    public static BenchConfig of(boolean quick, List<Long> sizes, Integer repetitions, List<String> workloads) {
        BenchConfig config = quick ? quick() : standard();
        if (sizes != null) {
            for (long s : sizes) {
                if (s < Grades.COUNT || s > DistrictSpec.MAX_STUDENTS) {
                    throw new IllegalArgumentException(String.format("--sizes: %,d is not a district size; allowed: "
                            + "%d to %,d students", s, Grades.COUNT, DistrictSpec.MAX_STUDENTS));
                }
            }
            config = config.withSizes(sizes);
        }
        if (repetitions != null) {
            if (repetitions < 1) {
                throw new IllegalArgumentException("--repetitions: at least 1, not " + repetitions);
            }
            config = config.withRepetitions(repetitions);
        }
        if (workloads != null) {
            try {
                config = config.withWorkloads(Workload.parse(workloads));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--workloads: " + e.getMessage(), e);
            }
        }
        return config;
    }

    public static BenchConfig standard() {
        return new BenchConfig(DEFAULT_SIZES, 2, 2.0, 5, 3, 15_000_000L, EnumSet.allOf(Workload.class), 3, 1,
                10_000, 4, 0);
    }

    /** A smoke test: small districts, one warm-up, two timed runs, two small grantees; numbers are not meaningful. */
    public static BenchConfig quick() {
        return new BenchConfig(QUICK_SIZES, 1, 0.0, 2, 2, 1_000_000L, EnumSet.allOf(Workload.class), 2, 0,
                2_000, 1, 2);
    }

    public BenchConfig withSizes(List<Long> s) {
        return new BenchConfig(s, warmups, warmupSeconds, repetitions, masonRepetitions, masonBudget, workloads,
                pairedRepetitions, processWarmups, csvStudents, csvReplicates, previewScenarios);
    }

    public BenchConfig withRepetitions(int r) {
        return new BenchConfig(sizes, warmups, warmupSeconds, r, Math.min(r, masonRepetitions), masonBudget,
                workloads, Math.min(r, pairedRepetitions), processWarmups, csvStudents, csvReplicates,
                previewScenarios);
    }

    public BenchConfig withWorkloads(Set<Workload> w) {
        return new BenchConfig(sizes, warmups, warmupSeconds, repetitions, masonRepetitions, masonBudget, w,
                pairedRepetitions, processWarmups, csvStudents, csvReplicates, previewScenarios);
    }

    public boolean measures(Workload w) {
        return workloads.contains(w);
    }

    /** Sizes the all-four plan runs on: those of {@value #ALL_FOUR_FROM} students or more, else the largest. */
    public List<Long> allFourSizes() {
        List<Long> big = sizes.stream().filter(s -> s >= ALL_FOUR_FROM).distinct().toList();
        return big.isEmpty() ? List.of(sizes.stream().max(Long::compare).orElseThrow()) : big;
    }

    /** The size each component alone runs on: the smallest all-four size (100,000 by default). */
    public long componentSize() {
        return allFourSizes().stream().min(Long::compare).orElseThrow();
    }
}
