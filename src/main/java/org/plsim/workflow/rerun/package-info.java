/**
 * Re-making a result folder from its {@code manifest.json} alone and comparing it with the original: one
 * {@link org.plsim.workflow.rerun.RerunKind} per kind of folder (run, sweep, reproduction, calibration).
 */
package org.plsim.workflow.rerun;
