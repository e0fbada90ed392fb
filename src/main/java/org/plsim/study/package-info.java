/**
 * Published studies set up in PLSim and reproduced: a scenario's {@code study:} block ({@link Study}) says how a
 * study was done — sample, comparison, outcome — and what it found; {@link StudySetup} makes the scenario's
 * district and horizon the study's; {@link Reproducer} runs enough paired replicates and sets the model's
 * estimate beside the published one ({@link Reproduction}). Uses {@code scenario}, {@code model.observe},
 * {@code experiment} and {@code analysis}; knows no file format, chart or command line.
 */
package org.plsim.study;
