package org.plsim.model.observe;

/** Student subgroups results are broken down by. A student belongs to {@link #ALL} and may be in several others. */
public enum Subgroup {
    ALL("all"), LOW_INCOME("low_income"), NOT_LOW_INCOME("not_low_income"),
    ENGLISH_LEARNER("english_learner"), DISABILITY("disability");

    private final String label;

    Subgroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Subgroup fromLabel(String s) {
        for (Subgroup v : values()) {
            if (v.label.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown subgroup: " + s);
    }
}
