package org.plsim.cli;

import java.nio.file.Path;
import org.plsim.io.sweepfolder.SweepStatus;

/**
 * How PLSim was started, so that the commands it prints can be pasted as they are: the launcher passes the name
 * it was run by ({@code -Dplsim.invoked}, e.g. {@code ./plsim}); started otherwise (a test, {@code java -cp}) it is
 * {@code plsim}.
 */
final class Launched {
    private Launched() {
    }

    /** The program name to start printed commands with. */
    static String program() {
        String invoked = System.getProperty("plsim.invoked");
        return invoked == null || invoked.isBlank() ? "plsim" : invoked;
    }

    /**
     * A {@code plsim cluster} command line on a sweep folder, ready to paste: the program as launched, the verb,
     * the folder quoted where the shell needs it.
     */
    static String cluster(String verb, Path folder) {
        return program() + " cluster " + verb + " " + SweepStatus.quoted(folder.toString());
    }

    /** The launcher's absolute path, for job scripts that run anywhere; null when not started by it. */
    static String launcher() {
        String launcher = System.getProperty("plsim.launcher");
        return launcher == null || launcher.isBlank() ? null : launcher;
    }
}
