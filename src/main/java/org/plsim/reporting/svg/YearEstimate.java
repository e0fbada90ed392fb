package org.plsim.reporting.svg;

import org.plsim.analysis.MeanEstimate;

/** One point of a chart: a school year (0 = the fall baseline) and the estimate there, with its interval. */
public record YearEstimate(int year, MeanEstimate estimate) {
}
