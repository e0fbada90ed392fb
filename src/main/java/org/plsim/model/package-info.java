/**
 * {@link org.plsim.model.DistrictModel}: one district, one arm, one replicate on MASON. Scenario in,
 * outcomes out; its sub-packages never import it.
 */
package org.plsim.model;
