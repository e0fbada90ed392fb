package org.plsim.io.sweepfolder;

/**
 * A sweep folder that must not be used as asked: it belongs to another sweep, exists without
 * {@code --resume}, or its shard is being run elsewhere. Nothing was changed. The CLI prints the message
 * and exits 2.
 */
public final class SweepRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    public SweepRefusal(String message) {
        super(message);
    }
}
