/**
 * Competency-based assessment and progression ({@code competency_progression}): units with mastery checks,
 * corrective instruction for students who do not pass, advancement on mastery, and the price paid in pace.
 * See {@link org.plsim.components.competency.CompetencyProgression} for the mechanism.
 */
package org.plsim.components.competency;
