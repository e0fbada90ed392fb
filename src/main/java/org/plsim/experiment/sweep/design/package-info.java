/**
 * Sweep designs as pure functions: factors and their levels or ranges expanded into numbered design points
 * (factorial, component mix, Latin hypercube, random, Morris trajectories), with their labels. They know no run
 * or sweep file, so every machine expands a sweep the same way.
 */
package org.plsim.experiment.sweep.design;
