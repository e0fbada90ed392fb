package org.plsim.analysis.sweep;

/**
 * The value of learning one evidence parameter exactly before choosing, in the decision's units.
 *
 * @param parameter   registry id, e.g. {@code blended_learning.math_effect}
 * @param evppi       expected value of perfect partial information
 * @param shareOfEvpi evppi / EVPI (NaN when EVPI is 0)
 * @param draws       replicates (evidence draws) the regression used
 * @param columns     columns of its spline basis
 * @param noiseFloor  the 95th percentile of the EVPPI of the same values shuffled across draws
 *                    ({@link ValueOfInformation#SHUFFLES} seeded shuffles): what a parameter the decision does not
 *                    depend on scores by chance with this many draws
 */
public record Evppi(String parameter, double evppi, double shareOfEvpi, int draws, int columns, double noiseFloor) {
    /** Whether the EVPPI stands above what chance gives (above every shuffle's but one in twenty). */
    public boolean aboveNoise() {
        return evppi > noiseFloor;
    }
}
