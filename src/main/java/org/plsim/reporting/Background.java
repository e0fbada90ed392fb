package org.plsim.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of a report's writing done on a daemon thread of its own, off the critical path, whose outcome
 * (value or exception) is taken where it is needed.
 */
final class Background<T> {
    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws IOException;
    }

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String threadName, Work<T> work) {
        FutureTask<T> task = new FutureTask<>((Callable<T>) work::call);
        Thread t = new Thread(task, threadName);
        t.setDaemon(true);
        t.start();
        return new Background<>(task);
    }

    /** The work's value, once it is done; its exception rethrown as it was thrown. */
    T join() throws IOException {
        try {
            return await();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits until the work is done, however it ends; what it ended with is for {@link #join} to say. */
    void settle() {
        try {
            await();
        } catch (ExecutionException e) {
            // taken by join, or dropped when another failure is already on its way
        }
    }

    /** Waits until the work is done, however it ends (interrupts are kept for later). */
    private T await() throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
