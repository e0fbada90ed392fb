package org.plsim.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.warm.Lru;
import org.plsim.experiment.warm.RunOptions;
import org.plsim.experiment.warm.WarmRunner;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;

/**
 * What the server asks: the shipped scenarios and their controls, a query made a scenario (read and checked
 * as a scenario file is), and projections from one {@link WarmRunner}: an exact cache keyed by the resolved
 * scenario's hash, one run per scenario however many ask at once, at most {@link Limits#admitted} runs
 * admitted (then {@link Busy}), each waited for up to the deadline.
 */
public final class Explorer implements AutoCloseable {
    /** Bounded work: per-request caps, runs admitted at once, how long a request waits. */
    public record Limits(int admitted, long deadlineMillis, long maxStudents, int maxYears, int previewReplicates) {
        public static final Limits DEFAULT = new Limits(6, 60_000, 200_000, 8, 2);
    }

    /** No room for another run now, or the run outlasted the request's deadline (it goes on and is kept). */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /** A shipped scenario with its controls. */
    public record Base(ShippedScenarios.Entry entry, Controls controls) {
    }

    private final ShippedScenarios shipped;
    private final ComponentRegistry components;
    private final EvidenceRegistry evidence;
    private final WarmRunner warm;
    private final Limits limits;
    private final ScenarioReader reader;
    private final Map<String, Base> bases = new ConcurrentHashMap<>();
    /** Finished projections by resolved-scenario hash (the model is deterministic: a hit is exact). */
    private final Lru<String, Projection> kept = new Lru<>(128);
    private final Map<String, CompletableFuture<Projection>> running = new ConcurrentHashMap<>();
    /** The results markup of a kept pair of projections, by pair and refine link. */
    private final Lru<String, String> markup = new Lru<>(64);
    /** The plan as proposed, resolved, by base and run settings. */
    private final Lru<String, ScenarioSpec> proposed = new Lru<>(64);
    private final Semaphore admission;
    private final ExecutorService runs;

    public Explorer(ShippedScenarios shipped, ComponentRegistry components, EvidenceRegistry evidence, int threads,
                    Limits limits) {
        this.shipped = shipped;
        this.components = components;
        this.evidence = evidence;
        this.limits = limits;
        this.warm = new WarmRunner(components, evidence, threads, 64, 16);
        this.reader = new ScenarioReader(new HeapBudget(Runtime.getRuntime().maxMemory(), threads))
                .withCheck(warm::checked);
        this.admission = new Semaphore(limits.admitted());
        this.runs = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "plsim-explore-run");
            t.setDaemon(true);
            return t;
        });
    }

    public ShippedScenarios shipped() {
        return shipped;
    }

    public EvidenceRegistry evidence() {
        return evidence;
    }

    /** The evidence registry's hash as links carry it: its first 12 hex digits. */
    public String registry() {
        return evidence.sha256().substring(0, 12);
    }

    /** The shipped scenario named {@code name} with its controls; 404 for any other name. */
    public Base base(String name) {
        ShippedScenarios.Entry e = shipped.find(name).orElseThrow(() -> Refusal.unknownBase(name));
        return bases.computeIfAbsent(name, n -> new Base(e, Controls.of(e.spec(), components, evidence)));
    }

    /** The state a query names (base included); 404 or 422 as {@link PlanState#parse} says. */
    public PlanState state(Map<String, List<String>> query) {
        List<String> base = query.get("base");
        String name = base == null || base.isEmpty() ? "" : base.get(base.size() - 1);
        Base b = base(name);
        return PlanState.parse(name, b.entry().spec(), b.controls(), query, registry());
    }

    /**
     * The scenario a state names, read from its tree exactly as a scenario file is, components and budget
     * checked; 422 naming the field when it is not allowed, or when it is more work than one request may ask.
     */
    public ScenarioSpec resolve(PlanState state) {
        ScenarioSpec base = base(state.base()).entry().spec();
        ScenarioSpec spec;
        try {
            spec = reader.readString(ScenarioFormat.yaml(state.tree(base)), state.base() + ".yaml");
        } catch (ScenarioException e) {
            Problem p = e.problems().get(0);
            throw new Refusal(422, "A value is not allowed", p.field(), (p.field().isEmpty() ? "" : p.field() + ": ")
                    + p.message());
        } catch (InvalidSpecException e) {
            Violation v = e.violations().get(0);
            throw new Refusal(422, "A value is not allowed", v.field(), v.toString());
        }
        if (spec.district().students() > limits.maxStudents() || spec.years() > limits.maxYears()) {
            throw Refusal.invalid("base", state.base(), "a district of at most " + limits.maxStudents()
                    + " students over at most " + limits.maxYears() + " years (the explorer's bound per request)");
        }
        return spec;
    }

    /** The full projection of {@code spec} if one is kept (an exact hit: the model is deterministic). */
    public Optional<Projection> kept(ScenarioSpec spec) {
        return Optional.ofNullable(kept.get(ScenarioFormat.sha256(spec)));
    }

    /** Whether {@code spec}'s full projection needs a preview first (it has more replicates than a preview). */
    private boolean wantsPreview(ScenarioSpec spec) {
        return spec.replicates() > limits.previewReplicates() && kept(spec).isEmpty();
    }

    /** The full projection of {@code spec}, waited for up to the deadline. */
    public Projection projection(ScenarioSpec spec) {
        return project(spec, false);
    }

    /**
     * The plan as proposed that {@code state}'s view is compared with: its base with the state's seed and
     * replicates, resolved as any state is (once per base, seed and replicates: it is asked for on every request).
     */
    ScenarioSpec proposed(PlanState state) {
        PlanState a = state.asProposed();
        String key = a.base() + "|" + a.seed() + "|" + a.replicates();
        ScenarioSpec spec = proposed.get(key);
        if (spec == null) {
            spec = resolve(a);
            proposed.putIfAbsent(key, spec);
        }
        return spec;
    }

    /**
     * The view ({@code view}, resolved) beside the plan as proposed ({@link #proposed}), both as a preview or
     * both in full (like with like: the same seed and replicates), both started before either is waited for.
     * The plan as proposed is usually kept already: the reviewer opened it before changing anything.
     */
    PlanPair pair(ScenarioSpec proposed, ScenarioSpec view, boolean preview) {
        int n = preview ? Math.min(limits.previewReplicates(), view.replicates()) : view.replicates();
        boolean partial = n < view.replicates();
        CompletableFuture<Projection> b = start(view.withReplicates(n), partial);
        CompletableFuture<Projection> a = start(proposed.withReplicates(n), partial);
        return new PlanPair(await(a), await(b));
    }

    /** Whether the view or the plan as proposed beside it has no full projection kept yet. */
    boolean wantsPreview(ScenarioSpec proposed, ScenarioSpec view) {
        return wantsPreview(view) || wantsPreview(proposed);
    }

    private Projection project(ScenarioSpec spec, boolean preview) {
        return await(start(spec, preview));
    }

    /** The kept projection of {@code spec}, the run already making it, or a new run if a slot is free. */
    private CompletableFuture<Projection> start(ScenarioSpec spec, boolean preview) {
        String hash = ScenarioFormat.sha256(spec);
        Projection hit = kept.get(hash);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit.as(preview));
        }
        CompletableFuture<Projection> job = running.get(hash);
        if (job == null) {
            if (!admission.tryAcquire()) {
                throw new Busy("every simulation slot is taken; try again in a few seconds");
            }
            CompletableFuture<Projection> mine = new CompletableFuture<>();
            job = running.putIfAbsent(hash, mine);
            if (job == null) {
                job = mine;
                runs.execute(() -> {
                    try {
                        Projection p = new Projection(spec, hash, preview, warm.run(spec, RunOptions.DEFAULT));
                        kept.putIfAbsent(hash, p);
                        mine.complete(p);
                    } catch (RuntimeException | Error e) {
                        mine.completeExceptionally(e);
                    } finally {
                        running.remove(hash);
                        admission.release();
                    }
                });
            } else {
                admission.release();
            }
        }
        // A run is kept as what it was started for; each caller sees it labelled as what it asked for (a full
        // run started for a preview caller is no preview to a caller who asked for the full run).
        return job.thenApply(p -> p.as(preview));
    }

    private Projection await(CompletableFuture<Projection> job) {
        try {
            return job.get(limits.deadlineMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Busy("the run is taking longer than this request may wait; it goes on, and asking again "
                    + "shortly shows it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The results markup of a kept pair of projections, rendered once per pair and refine link (a cache hit then
     * costs no rendering: what the page shows depends on the two projections alone).
     */
    String rendered(PlanPair pair, String refine, java.util.function.Supplier<String> render) {
        String key = pair.key() + "|" + refine;
        String html = markup.get(key);
        if (html == null) {
            html = render.get(); // outside the lock: two renders of one key give the same text
            markup.putIfAbsent(key, html);
        }
        return html;
    }

    /** Cache figures, for the bench. */
    public WarmRunner.Stats stats() {
        return warm.stats();
    }

    @Override
    public void close() {
        runs.shutdownNow();
        warm.close();
    }
}
