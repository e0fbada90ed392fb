package org.plsim.study;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How the published study estimated its result; the label is what a study block's {@code design} says. */
public enum StudyDesign {
    /** Students, classes or schools randomly assigned to the program or to business as usual. */
    RANDOMIZED("randomized"),
    /** Program students compared with matched (e.g. propensity-score matched) non-program students. */
    MATCHED_COMPARISON("matched_comparison"),
    /** Another non-randomized comparison (difference in differences, regression discontinuity, …). */
    QUASI_EXPERIMENTAL("quasi_experimental"),
    /** A pooled estimate over many studies; the sample is a typical study's. */
    META_ANALYSIS("meta_analysis"),
    /** National norms of growth under business as usual (no program). */
    NORMS("norms");

    private final String label;

    StudyDesign(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<StudyDesign> parse(String text) {
        return Arrays.stream(values()).filter(d -> d.label.equals(text)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(StudyDesign::label).toList();
    }
}
