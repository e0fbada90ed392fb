package org.plsim.model.agent;

import java.util.Arrays;
import java.util.List;
import org.plsim.scenario.Grades;
import org.plsim.scenario.SchoolGroup;

/**
 * Where students go when they outgrow their school. A group's top grade moves on to the first group whose
 * span starts at the next grade (else the first that serves it); feeder k of F sends its students to
 * receiver ⌊k·R/F⌋ of R. Groups no school feeds take a new entry cohort each year. Schools are numbered
 * group by group, in scenario order.
 */
public final class FeederPattern {
    private final List<SchoolGroup> groups;
    private final int[] groupStart;
    private final int[] groupOf;
    private final int[] nextGroup;
    private final boolean[] receivesEntrants;

    public FeederPattern(List<SchoolGroup> groups) {
        this.groups = List.copyOf(groups);
        this.groupStart = new int[groups.size()];
        int schools = groups.stream().mapToInt(SchoolGroup::count).sum();
        this.groupOf = new int[schools];
        int next = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            groupStart[gi] = next;
            for (int k = 0; k < groups.get(gi).count(); k++) {
                groupOf[next++] = gi;
            }
        }
        nextGroup = new int[groups.size()];
        receivesEntrants = new boolean[groups.size()];
        Arrays.fill(receivesEntrants, true);
        for (int gi = 0; gi < groups.size(); gi++) {
            nextGroup[gi] = receivingGroup(groups.get(gi).highGrade() + 1);
            if (nextGroup[gi] >= 0) {
                receivesEntrants[nextGroup[gi]] = false;
            }
        }
    }

    public int schools() {
        return groupOf.length;
    }

    /** The group (index into the scenario's school groups) of school {@code school}. */
    public int groupOf(int school) {
        return groupOf[school];
    }

    public SchoolGroup group(int school) {
        return groups.get(groupOf[school]);
    }

    /** Whether school {@code school} takes a new cohort into its lowest grade each year. */
    public boolean receivesEntrants(int school) {
        return receivesEntrants[groupOf[school]];
    }

    /** The school that school {@code school}'s top grade moves on to, or -1 when they leave the district. */
    public int receiver(int school) {
        int gi = groupOf[school];
        int target = nextGroup[gi];
        if (target < 0) {
            return -1;
        }
        int feeders = groups.get(gi).count();
        int receivers = groups.get(target).count();
        int k = school - groupStart[gi];
        return groupStart[target] + (int) ((long) k * receivers / feeders);
    }

    private int receivingGroup(int grade) {
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
