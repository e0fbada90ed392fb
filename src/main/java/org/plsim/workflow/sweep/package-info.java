/**
 * What the sweep commands do, without the console: run a sweep (or a shard) into its folder, say where a
 * folder stands, merge it and write its analysis, each returning what it did and wrote (or a {@link
 * org.plsim.workflow.sweep.SweepProblem} naming what stopped it), for the command line, notebooks and any
 * other front end to show as they see fit; and a sweep run and analysed in memory, with no folder
 * ({@link org.plsim.workflow.sweep.InMemorySweep}), for notebooks.
 */
package org.plsim.workflow.sweep;
