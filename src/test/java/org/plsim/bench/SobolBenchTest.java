package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.sweep.SobolEstimate;
import org.plsim.cli.Main;
import picocli.CommandLine;

/**
 * The Sobol bench on a tiny district for one year and N = 2 and 4 (its figures are far from stable and not
 * checked): which district it runs, and that running only each doubling's new points gives the indices a whole
 * sweep of that N gives.
 */
class SobolBenchTest {
    private static final Path PROJECT = Path.of("");

    @TempDir
    Path tmp;

    @Test
    void withoutSizes_theBenchKeepsAllFourYamlsDistrict_withSizes_itBuildsABenchDistrictOfThatSize()
            throws Exception {
        SobolBenchBase own = SobolBenchBase.of(PROJECT, null, 4, tmp);
        assertEquals("Riverside Unified (illustrative)", own.district().name());
        assertEquals(7_290, own.district().students());
        assertEquals(PROJECT.resolve(BenchHost.ALL_FOUR).toAbsolutePath(), own.baseFile());

        SobolBenchBase bench = SobolBenchBase.of(PROJECT, 1_300L, 2, tmp);
        assertEquals(BenchDistricts.ofSize(1_300, 2, BenchDistricts.WEEKS_PER_YEAR).district(), bench.district());
        assertEquals(1_300, bench.district().students());
        assertTrue(bench.sweepText(SobolBench.rangedEvidence(), 8).contains("base: '" + bench.baseFile() + "'"));
    }

    @Test // a target of -1 is never met: both N are run
    void eachDoublingRunsOnlyItsNewPoints_andGivesTheIndicesOfAWholeSweepOfThatN() throws Exception {
        SobolBenchBase base = SobolBenchBase.of(PROJECT, 130L, 1, tmp);
        int k = SobolBench.rangedEvidence().size();

        Path reusing = Files.createDirectory(tmp.resolve("reused"));
        Path wholeSweeps = Files.createDirectory(tmp.resolve("whole"));
        SobolBench.Figures reused = SobolBench.measure(base, 2, 2, 4, -1, true, reusing, line -> { });
        SobolBench.Figures whole = SobolBench.measure(base, 2, 2, 4, -1, false, wholeSweeps, line -> { });

        assertEquals(List.of(2 * (k + 2), 4 * (k + 2)), reused.steps().stream().map(SobolBench.Step::runs).toList());
        assertEquals(List.of(2 * (k + 2), 2 * (k + 2)), reused.steps().stream().map(SobolBench.Step::newRuns).toList());
        assertEquals(List.of(2 * (k + 2), 4 * (k + 2)), whole.steps().stream().map(SobolBench.Step::newRuns).toList());
        assertEquals(whole.lastIndices(), reused.lastIndices()); // exact doubles, bootstrap intervals included
        for (int s = 0; s < 2; s++) {
            assertEquals(whole.steps().get(s).widestHalfWidth(), reused.steps().get(s).widestHalfWidth());
            assertEquals(whole.steps().get(s).widestFactor(), reused.steps().get(s).widestFactor());
        }
        assertTrue(reused.lastIndices().stream().flatMap(List::stream).mapToDouble(SobolEstimate.Indices::st)
                .anyMatch(st -> st > 0), "some factor moves the effects: the comparison is not of zeros");
        assertTrue(reused.describe().contains("all-four plan on bench-130 (130 students), " + k
                + " evidence parameters, grant years: 1"), reused.describe());
    }

    @Test
    void aDistrictTooSmallForTheSobolBench_isRefusedNamingSizes() {
        String[] args = {"bench", "--sobol=1", "--sizes", "5"};
        CommandLine cli = Main.commandLine(args);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute(args));
        assertTrue(err.toString().contains("--sizes: found 5, allowed: a district of 13 to 2000000 students for "
                + "--sobol"), err.toString());
    }
}
