/**
 * Fitting uncertain evidence parameters to published studies: a {@link Calibration} names the parameters and
 * their bounds, the studies to fit (targets) and the studies to check out of sample (holdout); the
 * {@link Calibrator} minimizes the squared standardized misses with a Commons Math optimizer over common random
 * numbers and reproduces the holdout with the fitted values. Uses {@code study}, {@code experiment},
 * {@code analysis}, {@code scenario} and {@code evidence}; knows no file format, folder or command line.
 */
package org.plsim.calibration;
