package org.plsim.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plsim.model.observe.Measure;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * A scenario's {@code study:} block: a published study, how it was run and what it found.
 *
 * @param citation     the full reference
 * @param source       the evidence registry's id for the source ({@code plsim evidence --sources}), or null
 * @param design       how the study was run and estimated its result
 * @param treatedShare share of the sample in the treatment (program) group, above 0 and at most 1; 1 for
 *                     designs without one (rollout, norms)
 * @param sample       school groups (students, schools, grades) and years followed
 * @param comparison   what the published numbers compare
 * @param findings     each result: outcome and published estimate with its interval, perhaps a known gap
 * @param note         how the study maps onto PLSim (what the scenario's settings stand for), or empty
 */
public record Study(String citation, String source, StudyDesign design, double treatedShare, Sample sample,
                    Comparison comparison, List<Finding> findings, String note) {
    public Study {
        note = note == null ? "" : note;
        findings = findings == null ? List.of() : List.copyOf(findings);
        List<Violation> found = new ArrayList<>();
        if (citation == null || citation.isBlank()) {
            found.add(new Violation("citation", "nothing", "the study's full reference"));
        }
        if (design == null) {
            found.add(new Violation("design", "nothing", String.join(", ", StudyDesign.labels())));
        } else if (!(treatedShare > 0 && treatedShare <= 1) || !design.hasTreatedGroup() && treatedShare != 1) {
            found.add(new Violation("treated_share", Double.toString(treatedShare), design.hasTreatedGroup()
                    ? "a share above 0, at most 1 (the treatment group's share of the sample)"
                    : "1 (a " + design.label() + " has no treatment group; leave treated_share out)"));
        }
        if (comparison == null) {
            found.add(new Violation("comparison", "nothing", String.join(", ", Comparison.labels())));
        }
        if (findings.isEmpty()) {
            found.add(new Violation("outcomes", "none", "at least one outcome with its published result"));
        }
        Set<String> names = new HashSet<>();
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            String at = findings.size() == 1 && f.name().isEmpty() ? "outcome" : "outcomes[" + k + "]";
            if (findings.size() > 1 && (f.name().isEmpty() || !names.add(f.name()))) {
                found.add(new Violation(at + ".name", f.name().isEmpty() ? "nothing" : "'" + f.name() + "' twice",
                        "a name for each of several outcomes, each once, e.g. math and reading"));
            }
            if (sample != null) {
                outcomeWithinSample(f.outcome(), sample, at, found);
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

    /** A study with one result and the design's default treated share (every study file before several outcomes). */
    public Study(String citation, String source, StudyDesign design, Sample sample, Comparison comparison,
                 StudyOutcome outcome, Published published, String note, String knownGap) {
        this(citation, source, design, design == null ? 1.0 : design.defaultTreatedShare(), sample, comparison,
                List.of(new Finding("", outcome, published, knownGap)), note);
    }

    private static void outcomeWithinSample(StudyOutcome o, Sample sample, String at, List<Violation> found) {
        if (o.year() > sample.years()) {
            found.add(new Violation(at + ".year", o.yearLabel(), "a follow-up year within the "
                    + "sample's " + sample.years() + " year(s)"));
        }
        for (int g = o.lowGrade(); g <= o.highGrade(); g++) {
            if (!sample.serves(g)) {
                found.add(new Violation(at + ".grades", o.lowGrade() + "-" + o.highGrade(), "grades within the "
                        + "sample's " + sample.gradeLabel() + " (the study's schools serve only those)"));
                return;
            }
        }
    }

    /** The same study with only its {@code k}-th result (what one reproduction row is about). */
    public Study withFindingOnly(int k) {
        return new Study(citation, source, design, treatedShare, sample, comparison, List.of(findings.get(k)), note);
    }

    /** One study per result, each with only that result. */
    public List<Study> each() {
        List<Study> out = new ArrayList<>();
        for (int k = 0; k < findings.size(); k++) {
            out.add(findings.size() == 1 ? this : withFindingOnly(k));
        }
        return out;
    }

    /** The study's single result; several must be taken {@link #each} in turn. */
    public Finding finding() {
        if (findings.size() != 1) {
            throw new IllegalStateException("the study reports " + findings.size() + " outcomes: take each() in turn");
        }
        return findings.get(0);
    }

    public StudyOutcome outcome() {
        return finding().outcome();
    }

    public Published published() {
        return finding().published();
    }

    /**
     * The unit of the (single) result: the measure's effect unit when arms are compared (percentage points for
     * a share proficient), the measure's own unit for a business-as-usual value (norms).
     */
    public String unit() {
        Measure m = outcome().measure();
        return comparison == Comparison.NONE ? m.unit() : m.effectUnit();
    }

    /** Empty when the model should reproduce the (single) result; otherwise why it does not. */
    public String knownGap() {
        return finding().knownGap();
    }

    /** Whether the study file says the model does not reproduce this (single) result, and why. */
    public boolean hasKnownGap() {
        return finding().hasKnownGap();
    }

    /**
     * The id a result row carries: the scenario's id, followed by {@code /name} for a named result of a
     * study with several (e.g. {@code smith-2020/reading}).
     */
    public String rowId(String scenarioId) {
        return findings.size() == 1 && !findings.get(0).name().isEmpty()
                ? scenarioId + "/" + findings.get(0).name() : scenarioId;
    }
}
