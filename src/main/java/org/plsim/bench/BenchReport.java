package org.plsim.bench;

import java.util.List;

/** A finished benchmark: where it ran, what it was asked to do, and what it measured per district size. */
public record BenchReport(Environment environment, BenchConfig config, List<SizeResult> results) {
    public BenchReport {
        results = List.copyOf(results);
    }
}
