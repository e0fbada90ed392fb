/**
 * The business-as-usual rule written the way MASON models usually are: a {@code Student} object per
 * student, each on the schedule with {@code scheduleRepeating}, drawing from {@code state.random}. It is
 * the benchmark's honest reference, not a second model: it exists to be timed against the array-backed
 * {@code School}, and a test keeps its outcomes in statistical agreement with the model's.
 */
package org.plsim.bench.conventional;
