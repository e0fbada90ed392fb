package org.plsim.model.observe;

/**
 * Student subgroups results are broken down by. A student belongs to {@link #ALL}, to one income group, to
 * one prior-achievement quartile, and may be in the others. The quartile is national: the student's mean
 * math and reading achievement against the national norm when first seen by the model (the fall baseline,
 * or entry), cut at the national quartiles (−0.674, 0, +0.674 SD).
 *
 * <p>{@link #SERVED} — "students served" — are the students the plan has reached: in a school year at or
 * after its start, in a served school and grade, within its coverage, for at least one component; once
 * served, a student stays in the group (effects persist after a student leaves the served grades). It is
 * marked identically in both arms (the business-as-usual arm draws the same reach numbers), so a paired
 * effect on it is the effect on the treated; on {@link #ALL} it is the whole-district (intent-to-treat)
 * effect. A run without components has no served students and no {@code served} rows.
 */
public enum Subgroup {
    ALL("all"), LOW_INCOME("low_income"), NOT_LOW_INCOME("not_low_income"),
    ENGLISH_LEARNER("english_learner"), DISABILITY("disability"),
    PRIOR_Q1("prior_q1"), PRIOR_Q2("prior_q2"), PRIOR_Q3("prior_q3"), PRIOR_Q4("prior_q4"), SERVED("served");

    /** The four prior-achievement quartiles, lowest first. */
    public static final Subgroup[] QUARTILES = {PRIOR_Q1, PRIOR_Q2, PRIOR_Q3, PRIOR_Q4};

    private final String label;

    Subgroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The group's name in prose, for tables and pages: {@code whole district (all students)} for
     * {@link #ALL}, {@code students served (reached by at least one component)} for {@link #SERVED}, and
     * e.g. {@code low income students} for the others. Outputs name the two effects with these words so that
     * the whole-district (intent-to-treat) and served-student (treatment-on-the-treated) effects are never
     * confused.
     */
    public String title() {
        return switch (this) {
            case ALL -> "whole district (all students)";
            case SERVED -> "students served (reached by at least one component)";
            default -> label.replace('_', ' ') + " students";
        };
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
