package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/** The share proficient, worked by hand: students at or above the cut, in percent, by subject and subgroup. */
class TallyProficiencyTest {
    private static double share(List<Outcome> out, int grade, Subject subject, Subgroup group) {
        return out.stream().filter(o -> o.year() == 1 && o.grade() == grade && o.subject() == subject
                && o.group() == group && o.measure() == Measure.PROFICIENT).findFirst().orElseThrow().value();
    }

    @Test
    void fourThirdGraders_atACutOfZeroPointTwo_countThoseAtOrAboveIt() {
        Tally t = new Tally(0.2);
        // (math, reading): (−1, 0.3), (0.2, 0.1), (0.5, 0.9), (2, −0.4); the first two are low-income.
        double[][] scores = {{-1, 0.3}, {0.2, 0.1}, {0.5, 0.9}, {2, -0.4}};
        for (int i = 0; i < 4; i++) {
            int flags = i < 2 ? Students.LOW_INCOME : 0;
            t.add(3, flags, 0, scores[i][0], scores[i][1], 0, 0, 0, 0, 1, false, 0, 0, 0);
        }
        List<Outcome> out = new ArrayList<>();
        t.emit(1, true, out::add);
        assertEquals(75.0, share(out, 3, Subject.MATH, Subgroup.ALL), 0.0);      // 0.2 (at the cut), 0.5, 2
        assertEquals(50.0, share(out, 3, Subject.READING, Subgroup.ALL), 0.0);   // 0.3, 0.9
        assertEquals(50.0, share(out, 3, Subject.MATH, Subgroup.LOW_INCOME), 0.0);
        assertEquals(100.0, share(out, 3, Subject.MATH, Subgroup.NOT_LOW_INCOME), 0.0);
        assertEquals(75.0, share(out, Outcome.ALL_GRADES, Subject.MATH, Subgroup.ALL), 0.0);
    }
}
