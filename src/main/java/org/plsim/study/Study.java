package org.plsim.study;

import java.util.ArrayList;
import java.util.List;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * A scenario's {@code study:} block: a published study, how it was done and what it found.
 *
 * @param citation   the full reference
 * @param source     the evidence registry's id for the source ({@code plsim evidence --sources}), or null
 * @param design     how the study estimated its result
 * @param sample     students, schools, grades and years followed
 * @param comparison what the published number compares
 * @param outcome    measure, subject, follow-up year, grades and subgroup
 * @param published  the result with its interval
 * @param note       how the study maps onto PLSim (what the scenario's settings stand for), or empty
 * @param knownGap   empty when the model should reproduce the study (its mean inside the published
 *                   interval); otherwise why it does not, so the gap is stated, reported and kept under test
 */
public record Study(String citation, String source, StudyDesign design, Sample sample, Comparison comparison,
                    StudyOutcome outcome, Published published, String note, String knownGap) {
    public Study {
        note = note == null ? "" : note;
        knownGap = knownGap == null ? "" : knownGap;
        List<Violation> found = new ArrayList<>();
        if (citation == null || citation.isBlank()) {
            found.add(new Violation("citation", "nothing", "the study's full reference"));
        }
        if (design == null) {
            found.add(new Violation("design", "nothing", String.join(", ", StudyDesign.labels())));
        }
        if (comparison == null) {
            found.add(new Violation("comparison", "nothing", String.join(", ", Comparison.labels())));
        }
        if (sample != null && outcome != null) {
            if (outcome.year() > sample.years()) {
                found.add(new Violation("outcome.year", Integer.toString(outcome.year()), "a follow-up year within the "
                        + "sample's " + sample.years() + " year(s)"));
            }
            if (outcome.lowGrade() < sample.lowGrade() || outcome.highGrade() > sample.highGrade()) {
                found.add(new Violation("outcome.grades", outcome.lowGrade() + "-" + outcome.highGrade(),
                        "grades within the sample's " + sample.gradeLabel() + " (the study's schools serve only those)"));
            }
        }
        if (comparison == Comparison.NONE && design != StudyDesign.NORMS
                || design == StudyDesign.NORMS && comparison != Comparison.NONE) {
            found.add(new Violation("comparison", comparison == null ? "nothing" : comparison.label(),
                    "none with design norms (a growth norm has no comparison group), business_as_usual otherwise"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** Whether the study file says the model does not reproduce this study, and why. */
    public boolean hasKnownGap() {
        return !knownGap.isBlank();
    }
}
