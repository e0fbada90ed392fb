package org.plsim.experiment;

/** The two arms of a paired replicate: the plan as written, and business as usual (no component). */
public enum Arm {
    TREATMENT("treatment"), BAU("bau");

    private final String label;

    Arm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
