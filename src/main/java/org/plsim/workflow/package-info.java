/**
 * What each command does, without the console: read and check the input, run it, write the result folder,
 * re-make and compare one; usable by the command line, a future web explorer and notebooks alike. Nothing here
 * prints: results and messages come back to the caller, and what is said while working goes to a
 * {@link org.plsim.workflow.Transcript}.
 */
package org.plsim.workflow;
