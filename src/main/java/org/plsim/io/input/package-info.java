/**
 * Reads the files users write into validated specs: scenario files over the reference defaults (with study blocks
 * and evidence files), sweep files and their designs, calibration files, and the evidence registry; writes a
 * scenario back as YAML and hashes its canonical form.
 */
package org.plsim.io.input;
