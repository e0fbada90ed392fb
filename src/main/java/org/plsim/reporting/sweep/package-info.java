/**
 * What a finished sweep leaves beside its runs: the analysis CSVs, XChart charts (PNG and SVG) of the
 * headline effect by design point, by year, over two factors, by factor importance, against cost and on
 * subgroup gaps, and one self-contained {@code report.html}. {@link org.plsim.reporting.sweep.SweepAnalysis}
 * is the entry point the sweep runner calls after merging.
 */
package org.plsim.reporting.sweep;
