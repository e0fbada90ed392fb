package org.plsim.components.blended;

import java.util.Arrays;
import java.util.List;

/**
 * The kind of software, in the categories of Cheung &amp; Slavin (2013, Educational Research Review 9): what
 * a scenario's {@code software:} setting names.
 */
public enum Software {
    /**
     * Supplemental computer-assisted instruction that places each student by a diagnostic and gives work at
     * the student's level (Cheung &amp; Slavin: +0.18 in math): the full learning rule, with the level match.
     */
    ADAPTIVE("adaptive"),
    /**
     * Computer-managed learning (Accelerated Math): the computer assesses, assigns and tracks, students work
     * off-screen (+0.08 in math): a smaller effect per minute, and no level match of its own.
     */
    COMPUTER_MANAGED("computer_managed");

    private final String label;

    Software(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Software::label).toList();
    }

    public static Software fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown software kind: " + label));
    }
}
