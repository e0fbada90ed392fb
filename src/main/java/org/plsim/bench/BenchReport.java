package org.plsim.bench;

import java.util.List;

/**
 * A finished benchmark: where it ran, what it was asked to do, what it measured of the business-as-usual model
 * per district size, the real workloads beside it, and a line for each workload that could not be measured.
 */
public record BenchReport(Environment environment, BenchConfig config, List<SizeResult> results,
                          List<WorkloadRow> workloads, List<String> skipped) {
    public BenchReport {
        results = List.copyOf(results);
        workloads = List.copyOf(workloads);
        skipped = List.copyOf(skipped);
    }
}
