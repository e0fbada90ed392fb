package org.plsim.analysis.sweep;

import java.util.List;

/**
 * What a scenarios design's point is, as its cohort table reports it: one district (an RTT-D grantee) and its
 * plan, read from the point's resolved scenario.
 *
 * @param point           the design point, 0-based
 * @param label           the point's label: its scenario's id
 * @param district        the district's name
 * @param students        students enrolled at the start (the district as modelled)
 * @param budgetDollars   the grant over its years, dollars (the award); NaN without a budget
 * @param grantYears      school years the grant pays for (without a budget: the years the scenario runs)
 * @param components      the grant components switched on, in the scenario's order
 * @param plannedCoverage share of eligible students the plan reaches as written (mean of its components'
 *                        {@code rollout.coverage}); NaN without components
 * @param fundedCoverage  the same after the budget scaled the plan to fit ({@code if_over: scale}); NaN
 *                        without components
 */
public record Grantee(int point, String label, String district, long students, double budgetDollars, int grantYears,
                      List<String> components, double plannedCoverage, double fundedCoverage) {
    public Grantee {
        components = List.copyOf(components);
    }
}
