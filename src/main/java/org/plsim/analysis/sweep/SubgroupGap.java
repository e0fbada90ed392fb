package org.plsim.analysis.sweep;

import org.plsim.model.observe.Subgroup;

/**
 * A gap between two groups of students, higher-scoring group first, so that under business as usual the gap
 * is positive and a negative change means the plan narrowed it.
 */
public enum SubgroupGap {
    INCOME("income", Subgroup.NOT_LOW_INCOME, Subgroup.LOW_INCOME),
    PRIOR_ACHIEVEMENT("prior_achievement", Subgroup.PRIOR_Q4, Subgroup.PRIOR_Q1),
    ENGLISH_LEARNER("english_learner", Subgroup.ALL, Subgroup.ENGLISH_LEARNER),
    DISABILITY("disability", Subgroup.ALL, Subgroup.DISABILITY);

    private final String label;
    private final Subgroup upper;
    private final Subgroup lower;

    SubgroupGap(String label, Subgroup upper, Subgroup lower) {
        this.label = label;
        this.upper = upper;
        this.lower = lower;
    }

    public String label() {
        return label;
    }

    public Subgroup upper() {
        return upper;
    }

    public Subgroup lower() {
        return lower;
    }

    /** e.g. {@code not_low_income − low_income}. */
    public String definition() {
        return upper.label() + " − " + lower.label();
    }
}
