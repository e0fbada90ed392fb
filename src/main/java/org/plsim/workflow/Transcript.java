package org.plsim.workflow;

/**
 * What a workflow says while it works, line by line as it happens (a long rerun says what it re-makes before it
 * starts): lines for the user, and problems. The command line prints them on stdout and stderr; a notebook may
 * keep them.
 */
public interface Transcript {
    /** A line for the user: what is done, where the results are. */
    void say(String line);

    /** A problem: bad input or a failure, in the project's {@code field: found …, allowed: …} form. */
    void problem(String line);
}
