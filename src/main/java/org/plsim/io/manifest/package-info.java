/**
 * Provenance: the {@code manifest.json} of every result folder (versions, machine, seeds, resolved scenario, file
 * hashes), and what re-makes a folder from it (a recorded sweep written back as files, a calibration folder) and
 * compares the re-made folder with the original.
 */
package org.plsim.io.manifest;
