package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.SchoolGroup;

class BenchDistrictsTest {

    @Test
    void eachStandardSize_isAK12DistrictWithinHalfAPercentOfTheRequest() {
        for (long size : BenchConfig.DEFAULT_SIZES) {
            ScenarioSpec spec = BenchDistricts.ofSize(size);
            DistrictSpec d = spec.district();
            assertEquals(size, d.students(), size * 0.005, "students of the " + size + " district");
            List<SchoolGroup> g = d.schools();
            assertEquals(List.of("elementary", "middle", "high"), g.stream().map(SchoolGroup::name).toList());
            assertEquals(List.of(0, 6, 9), g.stream().map(SchoolGroup::lowGrade).toList());
            assertEquals(List.of(5, 8, 12), g.stream().map(SchoolGroup::highGrade).toList());
            assertEquals(4, spec.years());
            assertEquals(36, spec.weeksPerYear());
            assertEquals(List.of(), spec.components());
        }
    }

    @Test
    void levels_carryTheSameStudentsPerGrade_soCohortsFlowThrough() {
        DistrictSpec d = BenchDistricts.ofSize(350_000).district();
        double perGrade = d.students() / 13.0;
        for (SchoolGroup g : d.schools()) {
            assertEquals(perGrade, g.count() * (double) g.studentsPerGrade(), perGrade * 0.01, g.name());
        }
    }

    @Test
    void sizesOutsideWhatADistrictCanHold_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> BenchDistricts.ofSize(12));
        assertThrows(IllegalArgumentException.class, () -> BenchDistricts.ofSize(DistrictSpec.MAX_STUDENTS + 1));
    }
}
