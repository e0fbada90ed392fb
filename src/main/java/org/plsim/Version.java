package org.plsim;

/** PLSim's version, and the version of the model's rules (bumped whenever the same seed would give other numbers). */
public final class Version {
    public static final String PLSIM = "0.1.0";
    public static final String MODEL = "6";

    private Version() {
    }
}
