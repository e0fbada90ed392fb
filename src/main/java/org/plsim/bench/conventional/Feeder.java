package org.plsim.bench.conventional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
import org.plsim.scenario.SchoolGroup;

/**
 * The district's campuses and its feeder pattern, as the model's {@code District} lays them out: a
 * campus's top grade moves on to the group starting at the next grade (feeder k of F to receiver
 * ⌊k·R/F⌋ of R), twelfth graders graduate, and groups nobody feeds take a new entry cohort each year.
 */
final class Feeder {
    final List<Campus> campuses = new ArrayList<>();
    private final int[] receiver;
    private final boolean[] takesEntrants;

    Feeder(DistrictSpec spec) {
        List<SchoolGroup> groups = spec.schools();
        int[] start = new int[groups.size()];
        int[] next = new int[groups.size()];
        boolean[] entrants = new boolean[groups.size()];
        Arrays.fill(entrants, true);
        for (int gi = 0; gi < groups.size(); gi++) {
            SchoolGroup g = groups.get(gi);
            start[gi] = campuses.size();
            for (int k = 0; k < g.count(); k++) {
                campuses.add(new Campus(g.lowGrade(), g.highGrade(), g.studentsPerGrade()));
            }
            next[gi] = receivingGroup(groups, g.highGrade() + 1);
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            if (next[gi] >= 0) {
                entrants[next[gi]] = false;
            }
        }
        receiver = new int[campuses.size()];
        takesEntrants = new boolean[campuses.size()];
        for (int gi = 0; gi < groups.size(); gi++) {
            for (int k = 0; k < groups.get(gi).count(); k++) {
                int c = start[gi] + k;
                int target = next[gi];
                receiver[c] = target < 0 ? -1
                        : start[target] + (int) ((long) k * groups.get(target).count() / groups.get(gi).count());
                takesEntrants[c] = entrants[gi];
            }
        }
    }

    /** The campus that campus {@code c}'s leavers move on to, or -1 when they leave the district. */
    int receiver(int c) {
        return receiver[c];
    }

    boolean takesEntrants(int c) {
        return takesEntrants[c];
    }

    private static int receivingGroup(List<SchoolGroup> groups, int grade) {
        if (grade > Grades.TWELFTH) {
            return -1;
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            if (groups.get(gi).lowGrade() == grade) {
                return gi;
            }
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            if (groups.get(gi).serves(grade)) {
                return gi;
            }
        }
        return -1;
    }
}
