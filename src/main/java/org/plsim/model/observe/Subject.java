package org.plsim.model.observe;

/** Tested subject; {@link #ALL} for measures that are not subject-specific (attendance, enrolment). */
public enum Subject {
    MATH("math"), READING("reading"), ALL("all");

    /** The two tested subjects, in the order the model's arrays use (0 = math, 1 = reading). */
    public static final Subject[] TESTED = {MATH, READING};

    private final String label;

    Subject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Subject fromLabel(String s) {
        for (Subject v : values()) {
            if (v.label.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown subject: " + s);
    }
}
