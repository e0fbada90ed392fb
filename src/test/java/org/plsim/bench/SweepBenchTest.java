package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep benchmark runs end to end on a tiny district (a smoke test: its numbers are not checked here). */
class SweepBenchTest {
    @TempDir
    Path tmp;

    @Test
    void aTinySweepBench_reportsEveryFigure() throws Exception {
        SweepBench.Figures f = SweepBench.measure(600, 1, 2, 3, tmp);
        assertEquals(12, f.runs());
        assertTrue(f.wallSeconds() > 0 && f.modelSeconds() > 0 && f.armSeconds() >= f.modelSeconds(), f.toString());
        assertTrue(f.heapAtN() > 0 && f.heapAt2N() > 0 && f.runsCsvBytes() > 0, f.toString());
        String text = f.describe();
        assertTrue(text.contains("runs/min") && text.contains("sweep machinery beyond the arms"), text);
    }

    @Test
    void benchSweepQuick_runs() {
        assertEquals(0, org.plsim.cli.Main.execute("bench", "--sweep", "--quick"));
    }
}
