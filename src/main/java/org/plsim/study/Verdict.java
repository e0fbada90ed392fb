package org.plsim.study;

/** How the model's estimate stands to the published interval. */
public enum Verdict {
    /** The model's mean lies inside the published interval. */
    WITHIN("within"),
    /** The mean lies outside, but the range of replicate results overlaps the published interval. */
    OVERLAPS("overlaps"),
    /** Neither: the model and the study disagree. */
    OUTSIDE("outside");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
