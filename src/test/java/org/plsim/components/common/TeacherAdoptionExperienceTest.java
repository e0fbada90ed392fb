package org.plsim.components.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.SchoolView;
import org.plsim.testing.StubSchool;

/** Years a post's teacher has taught with the practice: counted each fall, started over with a new teacher. */
class TeacherAdoptionExperienceTest {
    /** One post whose tenure the test sets each fall. */
    private static final class OnePost extends StubSchool {
        int tenure = 3;

        @Override public int size() { return 0; }
        @Override public int teacherTenure(int t) { return tenure; }
    }

    private record Clock(SchoolView school) implements ComponentContext {
        @Override public int year() { return 1; }
        @Override public int week() { return 0; }
        @Override public int years() { return 6; }
        @Override public int weeksPerYear() { return 36; }
        @Override public List<? extends SchoolView> schools() { return List.of(school); }
        @Override public SplittableRandom stream(String purpose) { return new SplittableRandom(1); }
        @Override public SplittableRandom stream(String purpose, SchoolView s) { return new SplittableRandom(2); }
        @Override public int studentColumn(String purpose) { return 0; }
        @Override public long districtStudents() { return 0; }
    }

    @Test
    void aTeacherWhoAdopts_isAFirstYearImplementer_thenGainsAYearEachFall_andANewTeacherStartsOver() {
        OnePost school = new OnePost();
        Clock ctx = new Clock(school);
        TeacherAdoption adoption = new TeacherAdoption(1, 1.0, 0.0, 0.5, 0.0); // PD: adopts the first fall
        assertEquals(0, adoption.yearsUsed(school, 0), "before any fall");
        adoption.startYear(ctx, school);
        assertEquals(0, adoption.yearsUsed(school, 0), "first year teaching with it");
        adoption.startYear(ctx, school);
        assertEquals(1, adoption.yearsUsed(school, 0));
        adoption.startYear(ctx, school);
        assertEquals(2, adoption.yearsUsed(school, 0));
        school.tenure = 0; // the teacher left; a newcomer takes the post (and adopts from PD at once)
        adoption.startYear(ctx, school);
        assertEquals(0, adoption.yearsUsed(school, 0), "the newcomer is a first-year implementer");
        school.tenure = 1;
        adoption.startYear(ctx, school);
        assertEquals(1, adoption.yearsUsed(school, 0));
    }

    @Test
    void aTeacherWhoNeverAdopts_hasNoYearsWithIt() {
        OnePost school = new OnePost();
        Clock ctx = new Clock(school);
        TeacherAdoption adoption = new TeacherAdoption(1, 0.0, 0.0, 0.5, 0.0);
        for (int y = 0; y < 3; y++) {
            adoption.startYear(ctx, school);
        }
        assertEquals(0, adoption.yearsUsed(school, 0));
    }
}
