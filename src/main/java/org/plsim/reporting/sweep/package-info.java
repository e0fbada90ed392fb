/**
 * What a finished sweep leaves beside its runs: the analysis CSVs, XChart charts (PNG and SVG) of the
 * headline effect by design point, by year, over two factors, by factor importance, against cost and on
 * subgroup gaps, and one self-contained {@code report.html}. {@link org.plsim.reporting.sweep.SweepAnalysis}
 * is the entry point the sweep workflow calls after merging. The same tables and charts, as Tablesaw tables and
 * in-memory charts for notebooks ({@link org.plsim.reporting.sweep.SweepTables},
 * {@link org.plsim.reporting.sweep.SweepCharts}, {@link org.plsim.reporting.sweep.CohortView}); running a sweep is
 * not this package's job.
 */
package org.plsim.reporting.sweep;
