package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class ScenarioRuleTest {
    @Test
    void parsesYearSubjectSubgroupOperatorAndThreshold() {
        ScenarioRule r = ScenarioRule.parse(" effect.year4.reading.low_income>0.1 ", 250);

        assertEquals(4, r.year());
        assertEquals(Subject.READING, r.subject());
        assertEquals(Subgroup.LOW_INCOME, r.group());
        assertTrue(r.passes(0.11, 250));
        assertFalse(r.passes(0.10, 100), "strictly above");
        assertFalse(r.passes(0.2, 250.01), "over the ceiling");
        assertFalse(r.passes(0.2, Double.NaN), "an unknown cost does not pass a ceiling");
        assertEquals("effect.year4.reading.low_income > 0.1 and cost <= $250 per student per year", r.describe());
    }

    @Test
    void badExpressions_sayWhatIsAllowed() {
        for (String bad : new String[] {"effect.year4.math = 0.1", "year4.math >= 0.1", "effect.year4.math >= x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ScenarioRule.parse(bad, Double.NaN));
            assertTrue(e.getMessage().contains(ScenarioRule.ALLOWED), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioRule.parse("effect.year4.art >= 0", 1))
                .getMessage().startsWith("subject: found art, allowed: math, reading"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ScenarioRule.parse("effect.year4.math.rich >= 0", 1)).getMessage().contains("low_income"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioRule.parse("effect.year0.math >= 0", 1))
                .getMessage().startsWith("year: found 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioRule.parse("effect.year1.math >= 0", -5))
                .getMessage().startsWith("cost ceiling: found -5.0"));
    }
}
