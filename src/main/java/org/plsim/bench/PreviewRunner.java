package org.plsim.bench;

import org.plsim.scenario.ScenarioSpec;

/**
 * What the preview workload times: every replicate of a scenario, both arms, and the paired effects and their
 * summaries a preview shows, in memory (no files). The bench times one call per scenario per pass; a warm runner
 * that keeps its threads (or anything else) between calls plugs in here — {@code plsim bench} picks the runner in
 * one line ({@code BenchCommand.previewRunner}).
 */
@FunctionalInterface
public interface PreviewRunner {
    /** Threads of a preview: the web explorer's. */
    int THREADS = 2;

    /** Runs {@code spec} and returns its results (held only so that no work can be skipped). */
    Object run(ScenarioSpec spec);
}
