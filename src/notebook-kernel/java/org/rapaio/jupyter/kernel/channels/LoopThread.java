package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PLSim's stand-in for the rapaio Jupyter kernel's (3.0.1) channel loop thread: same name, same public API,
 * placed before the kernel's jar on its class path (see the kernelspec the notebook test writes), so the
 * kernel's channels load this class instead of their own. Not part of PLSim: it is compiled into
 * {@code target/jupyter/kernels/plsim-java/patch} only.
 *
 * <p>Why: the kernel started its channel loops in a way that hung about one start in eight ("Kernel didn't
 * respond in 60 seconds"). Its loop flag was set only after {@link Thread#start()}, so a loop scheduled at
 * once saw it unset and ended before its first poll; and the Shell loop could poll a {@code kernel_info}
 * request before the kernel had registered its message handlers, and the exception from that one request
 * ended the loop for good. This loop is marked running before it starts, waits one poll period before its
 * first poll, and outlives an exception in one iteration (it logs it and goes on; the Jupyter client asks for
 * {@code kernel_info} again every second). A loop that fails {@value #GIVE_UP_AFTER} iterations in a row (a
 * closed socket, say) ends, as the kernel's own loop ends at its first failure.
 */
public final class LoopThread extends Thread {
    private static final Logger LOG = Logger.getLogger(LoopThread.class.getName());
    /** Consecutive failed iterations after which the loop ends. */
    static final int GIVE_UP_AFTER = 50;

    private volatile boolean running;
    private final long sleep;
    private final Runnable loopBody;

    /**
     * @param name     the thread's name
     * @param sleep    milliseconds between two iterations (the poll period)
     * @param loopBody one iteration: typically one poll of a socket and the handling of what it got
     */
    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    /** Marks the loop running, then starts the thread: the loop cannot see itself stopped before it began. */
    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    @Override
    public void run() {
        if (!pause()) {
            return;
        }
        int failures = 0;
        while (running) {
            try {
                loopBody.run();
                failures = 0;
            } catch (RuntimeException e) {
                if (++failures >= GIVE_UP_AFTER) {
                    LOG.log(Level.SEVERE, getName() + ": " + failures + " iterations failed in a row; the loop ends", e);
                    running = false;
                    return;
                }
                LOG.log(Level.WARNING, getName() + ": one iteration failed; the loop goes on", e);
            }
            if (!pause()) {
                return;
            }
        }
    }

    /** Asks the loop to end after its current iteration. */
    public void shutdown() {
        running = false;
    }

    /** One poll period; false (and the loop stopped) when the thread was interrupted meanwhile. */
    private boolean pause() {
        try {
            Thread.sleep(sleep);
            return true;
        } catch (InterruptedException e) {
            running = false;
            return false;
        }
    }
}
