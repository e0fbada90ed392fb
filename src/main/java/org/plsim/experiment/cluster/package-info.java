/**
 * Sweeps on a scheduler's job arrays: how many shards, CPUs, time and memory a sweep's array tasks ask for, from the
 * sweep's size and recorded costs, and the job scripts that run them and the merge after — pure text, no files.
 */
package org.plsim.experiment.cluster;
