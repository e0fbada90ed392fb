package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.plsim.experiment.sweep.SweepEstimate;

/** A large sweep starts with --yes or a y at a terminal; unattended it never starts without --yes. */
class SweepConsentTest {
    private static final SweepEstimate LARGE = new SweepEstimate(10_000, 10_000, false, 100_000_000L, 1e15, 2);
    private static final SweepEstimate SMALL = new SweepEstimate(16, 16, false, 256, 1e9, 2);

    private final StringWriter said = new StringWriter();
    private final PrintWriter err = new PrintWriter(said, true);
    private final AtomicInteger asked = new AtomicInteger();

    private SweepConsent consent(boolean yes, boolean interactive, String answer) {
        return new SweepConsent(yes, interactive, () -> {
            asked.incrementAndGet();
            return answer;
        });
    }

    @Test
    void unattended_aLargeSweepWithoutYes_isRefused_sayingToAddYes() {
        assertFalse(consent(false, false, "y").allows(LARGE, "big.yaml", err));
        assertTrue(said.toString().startsWith("big.yaml: this sweep is large (200,000,000 arm runs, more than "
                + "100,000; 10,000 points × 10,000 replicates"), said.toString());
        assertTrue(said.toString().contains("add --yes"), said.toString());
        assertEquals(0, asked.get(), "no one to ask");
    }

    @Test
    void withYes_orBelowTheThreshold_itGoesOnWithoutAsking() {
        assertTrue(consent(true, false, null).allows(LARGE, "big.yaml", err));
        assertTrue(consent(false, false, null).allows(SMALL, "small.yaml", err));
        assertTrue(consent(false, true, null).allows(SMALL, "small.yaml", err));
        assertEquals(0, asked.get());
        assertEquals("", said.toString());
    }

    @Test
    void atATerminal_itAsks_andOnlyYesGoesOn() {
        assertTrue(consent(false, true, "y").allows(LARGE, "big.yaml", err));
        assertTrue(said.toString().contains("Run it? [y/N]"), said.toString());
        assertTrue(consent(false, true, " YES ").allows(LARGE, "big.yaml", err));
        assertFalse(consent(false, true, "").allows(LARGE, "big.yaml", err));
        assertFalse(consent(false, true, "n").allows(LARGE, "big.yaml", err));
        assertFalse(consent(false, true, null).allows(LARGE, "big.yaml", err), "end of input");
        assertEquals(5, asked.get());
    }

    @Test
    void underCi_noOneIsAsked_evenWithAConsole() {
        assertFalse(SweepConsent.of(false, Map.of("CI", "true")).allows(LARGE, "big.yaml", err));
    }
}
