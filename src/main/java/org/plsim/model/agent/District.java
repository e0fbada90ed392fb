package org.plsim.model.agent;

import java.util.ArrayList;
import java.util.List;
import org.plsim.model.observe.ObservationSink;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
import org.plsim.scenario.SchoolGroup;

/**
 * The district: its schools, the feeder pattern between school levels, and the year's turning points —
 * forming classes in the fall, measuring in the spring, then moving everyone up a grade (graduates leave,
 * a new entry cohort arrives) so that multi-year runs follow real cohorts.
 */
public final class District {
    private final Calibration cal;
    private final List<School> schools = new ArrayList<>();
    private final List<SchoolGroup> groups;
    /** First school index of each group, and the group of each school. */
    private final int[] groupStart;
    private final int[] groupOf;
    /** For each group, the group its top grade moves on to, or -1 when they leave the district. */
    private final int[] nextGroup;
    private final boolean[] receivesEntrants;

    public District(DistrictSpec spec, Calibration cal, RandomStreams streams) {
        this.cal = cal;
        this.groups = spec.schools();
        this.groupStart = new int[groups.size()];
        this.groupOf = new int[spec.schoolCount()];
        for (int gi = 0; gi < groups.size(); gi++) {
            SchoolGroup g = groups.get(gi);
            groupStart[gi] = schools.size();
            for (int k = 0; k < g.count(); k++) {
                groupOf[schools.size()] = gi;
                schools.add(new School(schools.size(), g.name(), g.lowGrade(), g.highGrade(), cal, streams));
            }
        }
        nextGroup = new int[groups.size()];
        receivesEntrants = new boolean[groups.size()];
        java.util.Arrays.fill(receivesEntrants, true);
        for (int gi = 0; gi < groups.size(); gi++) {
            nextGroup[gi] = receivingGroup(groups.get(gi).highGrade() + 1);
            if (nextGroup[gi] >= 0) {
                receivesEntrants[nextGroup[gi]] = false;
            }
        }
        populate();
    }

    /** The group a student entering {@code grade} moves to: first one starting there, else first serving it. */
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

    private void populate() {
        for (School s : schools) {
            SchoolGroup g = groups.get(groupOf[s.id()]);
            for (int grade = g.lowGrade(); grade <= g.highGrade(); grade++) {
                for (int k = 0; k < g.studentsPerGrade(); k++) {
                    s.enrollNew(grade);
                }
            }
        }
        cal.absenceIntercept = solveAbsenceIntercept();
    }

    /**
     * The absence log-odds intercept that makes the district's mean daily absence chance equal one minus its
     * attendance rate, by Newton's method over the initial students (deterministic; done once per run).
     */
    private double solveAbsenceIntercept() {
        double target = 1.0 - cal.district.attendanceRate();
        double mu = Math.log(target / (1 - target));
        for (int it = 0; it < 50; it++) {
            double sum = 0;
            double slope = 0;
            long count = 0;
            for (School s : schools) {
                for (int i = 0; i < s.students.n; i++) {
                    double p = 1.0 / (1.0 + Math.exp(-(mu + s.absenceLogitOffset(i))));
                    sum += p;
                    slope += p * (1 - p);
                    count++;
                }
            }
            if (count == 0 || slope == 0) {
                return mu;
            }
            double step = (sum / count - target) / (slope / count);
            mu -= step;
            if (Math.abs(step) < 1e-10) {
                break;
            }
        }
        return mu;
    }

    public List<School> schools() {
        return schools;
    }

    public long students() {
        long total = 0;
        for (School s : schools) {
            total += s.students.n;
        }
        return total;
    }

    /** Fall: staff turnover (after year 1), classes, this year's attendance chances and expected growth. */
    public void startYear(int year) {
        for (School s : schools) {
            s.startYear(year > 1);
        }
    }

    /** Measures every student and sends the district's aggregates to {@code sink}. */
    public void measure(int year, boolean endOfYear, ObservationSink sink) {
        Tally tally = new Tally();
        for (School s : schools) {
            s.tally(tally, endOfYear);
        }
        tally.emit(year, endOfYear, sink);
    }

    /**
     * Summer: everyone moves up a grade. A school's top grade moves on to the school that the feeder pattern
     * sends it to (feeder k of F goes to receiver ⌊k·R/F⌋ of R); twelfth graders graduate; schools at the
     * bottom of a feeder chain receive a new entry cohort drawn from their own entry stream. Movers are
     * appended to their new school before any school drops its leavers, so sources are read intact.
     */
    public void promote() {
        int count = schools.size();
        boolean[][] keep = new boolean[count][];
        for (School s : schools) {
            int gi = groupOf[s.id()];
            int top = groups.get(gi).highGrade();
            Students st = s.students;
            boolean[] k = new boolean[st.n];
            for (int i = 0; i < st.n; i++) {
                k[i] = ++st.grade[i] <= top;
            }
            keep[s.id()] = k;
        }
        for (School s : schools) {
            int gi = groupOf[s.id()];
            if (nextGroup[gi] < 0) {
                continue;
            }
            School target = schools.get(receiver(s.id(), gi));
            boolean[] k = keep[s.id()];
            for (int i = 0; i < k.length; i++) {
                if (!k[i]) {
                    target.students.addCopyOf(s.students, i);
                }
            }
        }
        for (School s : schools) {
            s.students.retain(keep[s.id()]);
            int gi = groupOf[s.id()];
            if (receivesEntrants[gi]) {
                SchoolGroup group = groups.get(gi);
                for (int j = 0; j < group.studentsPerGrade(); j++) {
                    s.enrollNew(group.lowGrade());
                }
            }
        }
    }

    private int receiver(int school, int gi) {
        int target = nextGroup[gi];
        int feeders = groups.get(gi).count();
        int receivers = groups.get(target).count();
        int k = school - groupStart[gi];
        return groupStart[target] + (int) ((long) k * receivers / feeders);
    }
}
