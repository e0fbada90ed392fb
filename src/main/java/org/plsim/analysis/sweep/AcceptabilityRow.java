package org.plsim.analysis.sweep;

/**
 * One option at one willingness to pay: a plan (design point) or business as usual (point −1).
 *
 * @param wtp                 willingness to pay, dollars per student per year for each 0.1 SD
 * @param point               the design point, or −1 for business as usual
 * @param draws               evidence draws (replicates) the probabilities are over
 * @param probabilityBelowWtp share of draws in which the plan gains and its cost per 0.1 SD is at most the
 *                            willingness to pay (net benefit ≥ 0 with a positive effect); NaN for business as usual
 * @param probabilityBest     share of draws in which this option has the highest net benefit of all options
 * @param expectedNetBenefit  mean over draws of wtp × effect / 0.1 SD − cost, dollars per student per year
 * @param onFrontier          whether this option has the highest expected net benefit at this willingness to pay
 *                            (the acceptability frontier, Fenwick et al. 2001)
 */
public record AcceptabilityRow(double wtp, int point, int draws, double probabilityBelowWtp, double probabilityBest,
                               double expectedNetBenefit, boolean onFrontier) {
    public static final int BUSINESS_AS_USUAL = -1;
}
