package org.plsim.analysis.sweep;

import java.util.List;
import java.util.Optional;
import org.plsim.analysis.EffectKey;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * The outcome charts and the report lead with: standardized achievement of all students in all grades at the
 * end of the sweep's last year, for each tested subject. When a sweep did not keep achievement, the first
 * kept measure in {@link Measure} order (cost and enrolment aside) stands in.
 *
 * @param subjects the subjects the measure was reported for (math, reading; or {@link Subject#ALL})
 */
public record Headline(Measure measure, int year, List<Subject> subjects) {
    public Headline {
        subjects = List.copyOf(subjects);
    }

    /** Empty when the runs hold no all-students, all-grades row of any measure but cost. */
    public static Optional<Headline> of(SweepRuns runs) {
        List<EffectKey> candidates = runs.keys().stream()
                .filter(k -> k.group() == Subgroup.ALL && k.grade() == Outcome.ALL_GRADES
                        && k.measure() != Measure.COST && k.measure() != Measure.ENROLLMENT)
                .toList();
        Optional<Measure> measure = candidates.stream().map(EffectKey::measure).min(Measure::compareTo);
        return measure.map(m -> {
            List<EffectKey> mine = candidates.stream().filter(k -> k.measure() == m).toList();
            int year = mine.stream().mapToInt(EffectKey::year).max().orElseThrow();
            return new Headline(m, year, mine.stream().map(EffectKey::subject).distinct().sorted().toList());
        });
    }

    /** The headline key of {@code subject} in the last year. */
    public EffectKey key(Subject subject) {
        return key(subject, year);
    }

    public EffectKey key(Subject subject, int atYear) {
        return new EffectKey(atYear, Outcome.ALL_GRADES, subject, Subgroup.ALL, measure);
    }

    /**
     * The same outcome for the students served ({@link Subgroup#SERVED}: the effect on the treated), shown
     * beside the headline where the sweep kept it.
     */
    public EffectKey servedKey(Subject subject) {
        return new EffectKey(year, Outcome.ALL_GRADES, subject, Subgroup.SERVED, measure);
    }

    /** e.g. "achievement, math, whole district (all students), year 4". */
    public String describe(Subject subject) {
        return measure.label() + (subject == Subject.ALL ? "" : ", " + subject.label()) + ", "
                + Subgroup.ALL.title() + ", year " + year;
    }
}
