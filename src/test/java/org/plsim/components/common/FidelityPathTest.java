package org.plsim.components.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.InvalidSpecException;

/** Fidelity year by year: the ramp (never falls) and a path given year by year (may fall). */
class FidelityPathTest {
    private static Fidelity read(Map<String, Object> block) {
        Settings s = new Settings(Map.of("fidelity", block));
        Fidelity f = Fidelity.read(s);
        s.done();
        return f;
    }

    @Test
    void aPath_canDipInTheSecondYear_andFallAgainAfterALeadershipChange_theLastYearHolding() {
        Fidelity f = read(Map.of("by_year", List.of(0.8, 0.55, 0.75, 0.4)));
        assertEquals(0.8, f.inYear(0), 0.0);
        assertEquals(0.55, f.inYear(1), 0.0);
        assertTrue(f.inYear(1) < f.inYear(0), "a second-year dip");
        assertEquals(0.75, f.inYear(2), 0.0);
        assertEquals(0.4, f.inYear(3), 0.0);
        assertEquals(0.4, f.inYear(7), 0.0);
        assertEquals(0.0, f.inYear(-1), 0.0);
    }

    @Test
    void withoutAPath_theRampIsAsBefore() {
        Fidelity f = read(Map.of());
        assertEquals(0.6, f.inYear(0), 1e-12);
        assertEquals(0.725, f.inYear(1), 1e-12);
        assertEquals(0.85, f.inYear(5), 1e-12);
        assertEquals(new Fidelity(0.6, 0.85, 2), f);
    }

    @Test
    void aPathWithRampKeys_orOutOfRange_isRejected_namingTheKeyAndWhatIsAllowed() {
        InvalidSpecException both = assertThrows(InvalidSpecException.class,
                () -> read(Map.of("by_year", List.of(0.8, 0.6), "peak", 0.9)));
        assertTrue(both.getMessage().contains("fidelity.peak") && both.getMessage().contains("not both"),
                both.getMessage());
        InvalidSpecException range = assertThrows(InvalidSpecException.class,
                () -> read(Map.of("by_year", List.of(0.8, 1.6))));
        assertTrue(range.getMessage().contains("fidelity.by_year") && range.getMessage().contains("from 0 to 1"),
                range.getMessage());
        InvalidSpecException falling = assertThrows(InvalidSpecException.class,
                () -> read(Map.of("start", 0.9, "peak", 0.7)));
        assertTrue(falling.getMessage().contains("by_year"), "points to the path: " + falling.getMessage());
    }
}
