/**
 * A finished sweep's numbers: every design point's paired effects summarized over replicates, the
 * component-mix contrasts, Morris elementary effects, linear factor effects and changes in subgroup gaps.
 * Each contrast is formed within a replicate first (replicate r shares its run seed across design points),
 * then summarized over replicates, so every estimate carries a Student-t interval. Reads {@code runs.csv}
 * with Tablesaw; knows nothing of sweep files, charts or HTML.
 */
package org.plsim.analysis.sweep;
