package org.plsim.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.plsim.scenario.Grades;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.Violation;

/**
 * Who and how long a study followed: PLSim builds the study's district from its school groups (each a group of
 * alike schools; elementary, middle and high schools, or small and large ones, side by side) and runs
 * {@code years}. Groups keep the file's order; one whose span starts at the grade after another's top grade
 * receives that group's students each summer, as in a district.
 *
 * @param groups the study's school groups, at least one, names distinct
 * @param years  school years from the start of the program to the last follow-up, 1–12
 */
public record Sample(List<SampleGroup> groups, int years) {
    public Sample {
        groups = groups == null ? List.of() : List.copyOf(groups);
        List<Violation> found = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (groups.isEmpty()) {
            found.add(new Violation("groups", "none", "at least one group of schools"));
        }
        for (SampleGroup g : groups) {
            if (!names.add(g.name())) {
                found.add(new Violation("groups", "'" + g.name() + "' twice", "each group name once"));
            }
        }
        if (years < 1 || years > 12) {
            found.add(new Violation("years", Integer.toString(years), "1 to 12 school years"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** A sample of one group of alike schools, named {@code study} (every study file before several groups). */
    public Sample(int students, int schools, int lowGrade, int highGrade, int years) {
        this(List.of(new SampleGroup("study", students, schools, lowGrade, highGrade)), years);
    }

    /** Students in all groups. */
    public int students() {
        return groups.stream().mapToInt(SampleGroup::students).sum();
    }

    /** Schools in all groups. */
    public int schools() {
        return groups.stream().mapToInt(SampleGroup::schools).sum();
    }

    /** Lowest grade of any group. */
    public int lowGrade() {
        return groups.stream().mapToInt(SampleGroup::lowGrade).min().orElse(Grades.K);
    }

    /** Highest grade of any group. */
    public int highGrade() {
        return groups.stream().mapToInt(SampleGroup::highGrade).max().orElse(Grades.K);
    }

    /** Whether some group of the study's schools serves {@code grade}. */
    public boolean serves(int grade) {
        return groups.stream().anyMatch(g -> g.serves(grade));
    }

    /** The study's schools for the model, group by group. */
    public List<SchoolGroup> schoolGroups() {
        return groups.stream().map(SampleGroup::schoolGroup).toList();
    }

    /** The grade spans as a scenario file writes them, e.g. {@code K-5}, or {@code K-5; 6-8} for two groups. */
    public String gradeLabel() {
        return groups.stream().map(SampleGroup::gradeLabel).collect(Collectors.joining("; "));
    }
}
