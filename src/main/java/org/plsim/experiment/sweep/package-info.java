/**
 * Sweeps: a base scenario, factors and a design (or, for a cohort, a list of whole scenario files), expanded by
 * pure functions into design points, each a resolved scenario run for every replicate with the same seeds
 * (common random numbers across points).
 */
package org.plsim.experiment.sweep;
