package org.plsim.study;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.plsim.scenario.ImplementingUnit;

/**
 * How the published study was run and estimated its result; the label is what a study block's {@code design}
 * says. The design says who the program reached: in a trial or a comparison-group study only the treatment
 * (program) group, {@code study.treated_share} of the sample, so only they count toward scale attenuation; a
 * rollout reaches every student of the sample. The paired arms compare every student either way (each is in
 * the program in one arm and not in the other), which is the contrast a randomized study estimates.
 */
public enum StudyDesign {
    /** Students (or classes, or teachers) randomly assigned within schools: each school serves its treated share. */
    RCT("rct", Assignment.WITHIN_UNITS),
    /** Schools randomly assigned: a treated school serves all its students, the control schools none. */
    CLUSTER_RCT("cluster_rct", Assignment.WHOLE_SCHOOLS),
    /** A non-randomized comparison of program schools with comparison schools (difference in differences, …). */
    QUASI_EXPERIMENTAL("quasi_experimental", Assignment.WHOLE_SCHOOLS),
    /** The whole sample served, compared with its own past or with norms: every student counts toward scale. */
    ROLLOUT("rollout", Assignment.EVERYONE),
    /** Earlier label of {@link #RCT}, read the same way (random assignment within schools). */
    RANDOMIZED("randomized", Assignment.WITHIN_UNITS),
    /** Program students compared with matched non-program students of other schools: as {@link #QUASI_EXPERIMENTAL}. */
    MATCHED_COMPARISON("matched_comparison", Assignment.WHOLE_SCHOOLS),
    /** A pooled estimate over many studies; the sample is a typical study's, a trial within schools (as {@link #RCT}). */
    META_ANALYSIS("meta_analysis", Assignment.WITHIN_UNITS),
    /** National norms of growth under business as usual (no program, no treated group). */
    NORMS("norms", Assignment.EVERYONE);

    /**
     * Share of a trial's sample in its treatment group when the file does not say: half, the balanced two-arm
     * design. ASSUMPTION (range 0.3-0.7: most education trials assign about half; some assign more to the program).
     */
    public static final double DEFAULT_TREATED_SHARE = 0.5;

    /** How assignment divides the implementing units' students between the groups. */
    private enum Assignment { WITHIN_UNITS, WHOLE_SCHOOLS, EVERYONE }

    private final String label;
    private final Assignment assignment;

    StudyDesign(String label, Assignment assignment) {
        this.label = label;
        this.assignment = assignment;
    }

    public String label() {
        return label;
    }

    /** Whether the program reached only part of the sample (a treatment or program group). */
    public boolean hasTreatedGroup() {
        return assignment != Assignment.EVERYONE;
    }

    /** The treated share a study file of this design gets when it gives none. */
    public double defaultTreatedShare() {
        return hasTreatedGroup() ? DEFAULT_TREATED_SHARE : 1.0;
    }

    /**
     * Share of each implementing unit's students the program reaches, given the treated share of the sample:
     * 1 in a rollout; the treated share when students are assigned within the units; 1 when whole schools are
     * assigned and schools implement (a treated school serves all its students), else the treated share (a
     * district serving its treated schools).
     */
    public double reachedShare(double treatedShare, ImplementingUnit unit) {
        return switch (assignment) {
            case EVERYONE -> 1.0;
            case WITHIN_UNITS -> treatedShare;
            case WHOLE_SCHOOLS -> unit == ImplementingUnit.SCHOOL ? 1.0 : treatedShare;
        };
    }

    public static Optional<StudyDesign> parse(String text) {
        return Arrays.stream(values()).filter(d -> d.label.equals(text)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(StudyDesign::label).toList();
    }
}
