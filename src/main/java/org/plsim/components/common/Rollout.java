package org.plsim.components.common;

import static org.plsim.model.component.Basis.assumption;

import java.util.List;
import org.plsim.model.component.SchoolView;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ImplementingUnit;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;

/**
 * Who a component serves, from which year: school groups (by their scenario names; empty = all), a grade
 * span, the first school year, and coverage — the share of eligible students reached, which a budget
 * scales down. Read from a component's {@code rollout:} block.
 *
 * @param schools   school-group names served; empty: every group
 * @param lowGrade  lowest grade served (0 = K)
 * @param highGrade highest grade served
 * @param startYear first school year served, 1-based
 * @param coverage  share of eligible students reached, 0–1
 */
public record Rollout(List<String> schools, int lowGrade, int highGrade, int startYear, double coverage) {
    public Rollout {
        schools = List.copyOf(schools);
    }

    /** Reads {@code rollout:}; {@code defaultGrades} is the component's natural span (e.g. 6-12 for plans). */
    public static Rollout read(Settings s, DefaultGrades defaultGrades) {
        Settings r = s.block("rollout");
        List<String> schools = r.names("schools", List.of("all"), "names from district.schools, or all",
                new About(Unit.SCHOOL_GROUPS, "school groups served; all (or an empty list): every group",
                        assumption("a plan is district-wide unless it names school groups")));
        if (schools.equals(List.of("all"))) {
            schools = List.of();
        }
        int[] grades = r.grades("grades", defaultGrades.span(),
                new About(Unit.GRADE_SPAN, "grades served in the served schools", defaultGrades.basis()));
        int start = r.whole("start_year", 1, 1, 12, new About(Unit.SCHOOL_YEAR, "first school year served",
                assumption("a plan starts in the first year of the grant; later starts stagger a rollout")));
        double coverage = r.number("coverage", 1.0, 0, 1, new About(Unit.SHARE,
                "share of eligible students reached (nested: raising it keeps those reached before); "
                        + "budget.if_over: scale lowers it to fit the budget",
                assumption("every eligible student of the served schools and grades, the plan as written")));
        return new Rollout(schools, grades[0], grades[1], start, coverage);
    }

    /** The same rollout reaching a different share of eligible students. */
    public Rollout withCoverage(double share) {
        return new Rollout(schools, lowGrade, highGrade, startYear, share);
    }

    public boolean servesGroup(String group) {
        return schools.isEmpty() || schools.contains(group);
    }

    public boolean servesSchool(SchoolView school) {
        return servesGroup(school.type()) && school.lowGrade() <= highGrade && school.highGrade() >= lowGrade;
    }

    public boolean servesGrade(int grade) {
        return grade >= lowGrade && grade <= highGrade;
    }

    /** Students in served schools and grades at the start of the run (reached or not). */
    public long eligibleStudents(ScenarioSpec scenario) {
        long n = 0;
        for (SchoolGroup g : scenario.district().schools()) {
            if (servesGroup(g.name())) {
                n += (long) g.count() * gradesServed(g) * g.studentsPerGrade();
            }
        }
        return n;
    }

    /** Students reached in grades {@code fromGrade} and up at the start of the run: eligible there × coverage. */
    public long reachedStudentsFrom(ScenarioSpec scenario, int fromGrade) {
        Rollout upper = new Rollout(schools, Math.max(lowGrade, fromGrade), highGrade, startYear, coverage);
        return upper.lowGrade > upper.highGrade ? 0 : upper.reachedStudents(scenario);
    }

    /** Students reached: eligible × coverage. */
    public long reachedStudents(ScenarioSpec scenario) {
        return Math.round(eligibleStudents(scenario) * coverage);
    }

    /**
     * Students one implementing unit reaches, what scale attenuation is computed over: the students reached ×
     * the district's treated share (in a trial only the treatment group is served), divided among the units
     * that run the plan — one for a district rollout, each served school group, or each served school (see
     * {@link ImplementingUnit}). A district rollout outside a trial gives {@link #reachedStudents} exactly.
     */
    public long reachedPerImplementer(ScenarioSpec scenario) {
        DistrictSpec d = scenario.district();
        long units = switch (d.implementingUnit()) {
            case DISTRICT -> 1;
            case SCHOOL_GROUP -> d.schools().stream().filter(g -> servesGroup(g.name()) && gradesServed(g) > 0).count();
            case SCHOOL -> servedSchools(scenario);
        };
        long reached = reachedStudents(scenario);
        if (units <= 1 && d.treatedShare() == 1.0) {
            return reached;
        }
        return Math.round(reached * d.treatedShare() / Math.max(1, units));
    }

    /** Classroom teachers of the served grades in served schools (one per class of the district's class size). */
    public long eligibleTeachers(ScenarioSpec scenario) {
        long n = 0;
        int size = scenario.district().classSize();
        for (SchoolGroup g : scenario.district().schools()) {
            if (servesGroup(g.name())) {
                n += (long) g.count() * gradesServed(g) * ((g.studentsPerGrade() + size - 1) / size);
            }
        }
        return n;
    }

    /** Schools with at least one served grade. */
    public long servedSchools(ScenarioSpec scenario) {
        long n = 0;
        for (SchoolGroup g : scenario.district().schools()) {
            if (servesGroup(g.name()) && gradesServed(g) > 0) {
                n += g.count();
            }
        }
        return n;
    }

    private int gradesServed(SchoolGroup g) {
        return Math.max(0, Math.min(highGrade, g.highGrade()) - Math.max(lowGrade, g.lowGrade()) + 1);
    }

    /** Names in {@code schools} that are no school group of the scenario (to report as a problem). */
    public List<String> unknownGroups(ScenarioSpec scenario) {
        List<String> names = scenario.district().schools().stream().map(SchoolGroup::name).toList();
        return schools.stream().filter(s -> !names.contains(s)).toList();
    }
}
