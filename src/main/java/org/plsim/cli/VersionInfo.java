package org.plsim.cli;

import org.plsim.Version;
import picocli.CommandLine;

/** {@code plsim --version}. */
public final class VersionInfo implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"PLSim " + Version.PLSIM + " (model " + Version.MODEL + ")",
                "Java " + System.getProperty("java.version") + ", MASON " + sim.engine.SimState.version()};
    }
}
