/**
 * Scenario specifications as self-validating records: the district, the horizon, business-as-usual
 * parameters and the grant components switched on. JDK only; the YAML reader in {@code org.plsim.io.input}
 * fills these records and maps their violations back to file lines.
 */
package org.plsim.scenario;
