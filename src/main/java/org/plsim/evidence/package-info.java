/**
 * The evidence registry: every evidence-based parameter of the model with its central value, its
 * uncertainty range and distribution, its reliability grade and the sources it rests on, read from
 * {@code org/plsim/evidence/registry.yaml}. A run resolves the registry once per replicate, to central
 * values or to draws from each parameter's own random stream, and hands the result to the components as
 * {@link org.plsim.model.component.EvidenceValues}. JDK, scenario records and named streams only: the
 * YAML reader lives in {@code org.plsim.io.input}.
 */
package org.plsim.evidence;
