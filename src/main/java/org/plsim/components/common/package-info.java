/**
 * The implementation machinery every grant component shares — rollout and reach, fidelity over time, scale
 * attenuation, teacher adoption over the school's teacher network, and typed reading of a component's settings —
 * so each component writes only its mechanism.
 */
package org.plsim.components.common;
