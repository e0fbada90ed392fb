package org.plsim.analysis.sweep;

import java.util.List;
import org.plsim.analysis.MeanEstimate;

/**
 * One grantee of a scenarios design, summarized at the end of its last year: its facts, what the plan cost
 * and did.
 *
 * @param grantee     the district and its plan
 * @param year        the last school year the point reported standardized achievement for (4 for a grant's
 *                    four years)
 * @param costPerYear dollars per enrolled student a year, the mean over the grant years run (each replicate's
 *                    cost through min(grant years, year) ÷ those years), over replicates; null without costs
 * @param rows        the point's achievement and aligned-mastery rows of that year, all grades: by measure,
 *                    subject (math, reading), then subgroup in their declared orders
 * @param guardRails  codes of the evidence guard-rails the point trips ({@code standardized_above_0.35_per_year}),
 *                    each once; empty when none
 */
public record CohortEntry(Grantee grantee, int year, MeanEstimate costPerYear, List<PointSummary> rows,
                          List<String> guardRails) {
    public CohortEntry {
        rows = List.copyOf(rows);
        guardRails = List.copyOf(guardRails);
    }
}
