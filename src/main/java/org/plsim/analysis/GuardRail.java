package org.plsim.analysis;

/**
 * A flag on a projection that goes beyond what the evidence supports, for the run summary and manifest.
 *
 * @param code    stable identifier: {@code standardized_above_0.35_per_year}, {@code evidence_out_of_range},
 *                {@code plan_beyond_evidence}
 * @param message one sentence saying what and why, with numbers and units
 */
public record GuardRail(String code, String message) {
    public static final String ABOVE_PER_YEAR = "standardized_above_0.35_per_year";
    public static final String OUT_OF_RANGE = "evidence_out_of_range";
    public static final String BEYOND_EVIDENCE = "plan_beyond_evidence";
}
