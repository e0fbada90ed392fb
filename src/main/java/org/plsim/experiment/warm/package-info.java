/**
 * A warm runner for interactive callers (a web explorer, notebooks, the benchmark's warm preview): one object
 * kept for the life of the JVM, with its thread pool, its checked and budgeted plans and, optionally, its
 * finished results, giving what {@code plsim run} computes for the same scenario and seed.
 */
package org.plsim.experiment.warm;
