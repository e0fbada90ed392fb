package org.plsim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/** The records refuse what the registry must never hold, naming the field as id.field. */
class EvidenceParameterTest {
    @Test
    void centralOutsideTheRange_isRefusedOnCentral() {
        assertEquals(List.of("implementation.x.central"), fields(() -> Registries.parameter("implementation.x", 0.9,
                0.2, 0.8, Distribution.TRIANGULAR)));
    }

    @Test
    void lowAboveHigh_isRefusedOnLow() {
        assertEquals("implementation.x.low", fields(() -> Registries.parameter("implementation.x", 0.5, 0.8, 0.2,
                Distribution.UNIFORM)).get(0));
    }

    @Test
    void blankTextNoSourcesAndMissingChoices_areEachNamed() {
        assertEquals(List.of("partnerships.x.description", "partnerships.x.unit", "partnerships.x.distribution",
                        "partnerships.x.grade", "partnerships.x.sources"),
                fields(() -> new EvidenceParameter("partnerships.x", "partnerships", " ", "", 0, 0, 0, null, null,
                        List.of(), null)));
    }

    @Test
    void anIdOutsideItsComponent_orOfAnUnknownComponent_isRefused() {
        assertEquals(List.of("blended_learning.x.component"), fields(() -> new EvidenceParameter("blended_learning.x",
                "partnerships", "d", "u", 0, 0, 0, Distribution.FIXED, Grade.M, List.of("s"), "")));
        assertEquals(List.of("tutoring.x.component"), fields(() -> new EvidenceParameter("tutoring.x", "tutoring",
                "d", "u", 0, 0, 0, Distribution.FIXED, Grade.M, List.of("s"), "")));
        assertEquals(List.of("Implementation X"), fields(() -> new EvidenceParameter("Implementation X",
                "implementation", "d", "u", 0, 0, 0, Distribution.FIXED, Grade.M, List.of("s"), "")));
    }

    @Test
    void aSourceGradedAsAnAssumption_orWithoutCitation_isRefused() {
        assertEquals(List.of("a-2020.citation", "a-2020.grade"),
                fields(() -> new EvidenceSource("a-2020", "", Grade.ASSUMPTION, null)));
    }

    @Test
    void listItemIds_areAllowed() {
        EvidenceParameter p = new EvidenceParameter("business_as_usual.growth_norms.math[K]", "business_as_usual",
                "d", "u", 1.14, 0.9, 1.4, Distribution.FIXED, Grade.M, List.of("s"), null);
        assertEquals("", p.note());
        assertEquals("evidence.business_as_usual.growth_norms.math[K]", p.streamName());
    }

    @Test
    void aRangeBeyondWhatItsUnitAllows_isRefusedOnLow() {
        assertEquals(List.of("implementation.x.low"), fields(() -> new EvidenceParameter("implementation.x",
                "implementation", "d", "share of students", 0.5, 0.2, 1.5, Distribution.TRIANGULAR, Grade.M,
                List.of("s"), "")));
        assertEquals(List.of("costs.x.low"), fields(() -> new EvidenceParameter("costs.x", "costs", "d",
                "dollars per year", 10, -5, 20, Distribution.UNIFORM, Grade.M, List.of("s"), "")));
    }

    @Test
    void theSupport_isReadFromTheUnit() {
        assertEquals(new Support(0, 1, "a share from 0 to 1"), Support.of("share of grant-period intensity"));
        assertEquals(new Support(0, 1, "a probability from 0 to 1"), Support.of("probability per conference"));
        assertEquals(new Support(0, Double.POSITIVE_INFINITY, "a number from 0 up"), Support.of("dollars per year"));
        Support aboveZero = new Support(Double.MIN_VALUE, Double.POSITIVE_INFINITY, "a number above 0");
        assertEquals(aboveZero, Support.of("odds ratio"), "its log is taken");
        assertEquals(aboveZero, Support.of("teachers per coach"), "costs divide by it");
        assertEquals(aboveZero, Support.of("students per coordinator FTE"));
        assertEquals(aboveZero, Support.of("years"), "a device's lifetime: costs divide by it");
        assertFalse(aboveZero.contains(0));
        assertTrue(aboveZero.contains(0.5));
        assertEquals(new Support(0, Double.POSITIVE_INFINITY, "a number from 0 up"), Support.of("ratio"));
        Support anyNumber = new Support(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "a finite number");
        assertEquals(anyNumber, Support.of("share per SD"));
        assertEquals(anyNumber, Support.of("log-odds per year"));
        assertEquals(anyNumber, Support.of("SD per year"));
        assertFalse(anyNumber.contains(Double.NaN));
        assertFalse(Support.of("share of students").contains(7));
    }

    private static List<String> fields(Runnable construct) {
        return assertThrows(InvalidSpecException.class, construct::run).violations().stream()
                .map(Violation::field).toList();
    }
}
