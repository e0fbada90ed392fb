package org.plsim.experiment.sweep;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs the keys of a sweep in one warm JVM on a fixed pool of threads, one run per task, and hands each
 * finished run to a sink on the calling thread, in completion order. Results depend on the key alone, so
 * order and thread count change nothing but speed. At most two runs per thread are in flight: results are
 * streamed to the sink, never held, so memory stays flat however many runs there are. Work that may run in
 * parallel (formatting a run's rows) goes in {@code prepare}, on the worker; the sink only writes.
 */
public final class LocalSweepRunner {
    private final SweepRun run;
    private final int threads;

    /** Where finished runs go, one at a time, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T prepared) throws IOException;
    }

    public LocalSweepRunner(SweepRun run, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: found " + threads + ", allowed: at least 1");
        }
        this.run = run;
        this.threads = threads;
    }

    /**
     * Runs every key, prepares each result on its worker, and gives it to {@code sink}. The first failure (of
     * a run or of the sink) stops the pool and is rethrown; runs already given to the sink stay given.
     */
    public <T> void run(List<SweepKey> keys, Function<RunResult, T> prepare, Sink<T> sink) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, keys.size()), r -> {
            Thread t = new Thread(r, "plsim-sweep");
            t.setDaemon(true);
            return t;
        });
        CompletionService<T> done = new ExecutorCompletionService<>(pool);
        Iterator<SweepKey> next = keys.iterator();
        int inFlight = 0;
        try {
            while (inFlight < 2 * threads && next.hasNext()) {
                SweepKey key = next.next();
                done.submit(() -> prepare.apply(run.run(key)));
                inFlight++;
            }
            while (inFlight > 0) {
                T result = take(done);
                inFlight--;
                if (next.hasNext()) {
                    SweepKey key = next.next();
                    done.submit(() -> prepare.apply(run.run(key)));
                    inFlight++;
                }
                sink.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T take(CompletionService<T> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the sweep", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
