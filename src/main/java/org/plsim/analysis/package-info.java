/**
 * Paired effects and their summaries over replicates: each replicate's treatment arm minus its
 * business-as-usual arm (common random numbers make that difference the components' effect alone), then the
 * mean, SD and Student-t interval of those differences. Reads {@code Outcome} records only, never agents.
 */
package org.plsim.analysis;
