package org.plsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plsim.model.agent.BusinessAsUsualRule;
import org.plsim.model.agent.District;
import org.plsim.model.agent.School;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.observe.ObservationSink;
import org.plsim.model.random.RandomStreams;
import org.plsim.model.time.SchoolCalendar;
import org.plsim.scenario.ScenarioSpec;
import sim.engine.ParallelSequence;
import sim.engine.SimState;
import sim.engine.Sequence;
import sim.engine.Steppable;

/**
 * One district, one arm, one replicate, headless: a scenario and a run seed in, aggregate outcomes out
 * through an {@link ObservationSink}. It knows nothing of files, charts or the command line.
 *
 * <p>Each MASON step is an instructional week, in three orderings: (0) the calendar turns — in week 0 the
 * school year starts; (1) every school steps its students, optionally in parallel groups; (2) in the last
 * week the year ends: components close the year, outcomes are measured, and students move up a grade.
 *
 * <pre>{@code
 * List<Outcome> out = new ArrayList<>();
 * new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), List.of(), out::add, 1).run();
 * }</pre>
 */
public final class DistrictModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient ScenarioSpec spec;
    private final transient List<GrantComponent> components;
    private final transient List<GrantComponent> reachOnly;
    private final transient ObservationSink sink;
    private final int threads;
    private final long runSeed;
    private final SchoolCalendar calendar;
    private transient District district;
    private transient List<ComponentRuntime> runtimes;
    /** The plan's components in the business-as-usual arm: run only to mark whom the plan reaches. */
    private transient List<ComponentRuntime> reachRuntimes;
    private transient ParallelSequence parallel;
    private final transient java.util.Set<String> columnNames = new java.util.LinkedHashSet<>();
    private int year;
    private int week;

    /**
     * @param spec       the resolved scenario (its {@code components} are ignored: pass them built)
     * @param runSeed    seed of this replicate; both arms of a replicate get the same one
     * @param components grant components for this arm (empty: business as usual); their hooks run in the
     *                   order of their names, whatever the order given
     * @param sink       receives the outcomes, from one thread, in a deterministic order
     * @param threads    threads stepping schools in parallel (results do not depend on it)
     */
    public DistrictModel(ScenarioSpec spec, long runSeed, List<GrantComponent> components, ObservationSink sink,
                         int threads) {
        this(spec, runSeed, components, List.of(), sink, threads);
    }

    /**
     * A run that also marks the students another arm's plan reaches: {@code reachOnly} components (fresh
     * instances of the treatment arm's, for the business-as-usual arm) run their start-of-run and
     * start-of-year hooks against schools whose levers are switched off, and only say whom they reach; their
     * draws come from their own streams, so the arm's outcomes are those of a run without them, and its
     * {@link org.plsim.model.observe.Subgroup#SERVED} students are the treatment arm's, student for student.
     */
    public DistrictModel(ScenarioSpec spec, long runSeed, List<GrantComponent> components,
                         List<GrantComponent> reachOnly, ObservationSink sink, int threads) {
        super(runSeed);
        this.spec = spec;
        this.runSeed = runSeed;
        this.components = byName(components);
        this.reachOnly = byName(reachOnly);
        this.sink = sink;
        this.threads = Math.max(1, threads);
        this.calendar = new SchoolCalendar(spec.years(), spec.weeksPerYear());
    }

    private static List<GrantComponent> byName(List<GrantComponent> components) {
        List<GrantComponent> sorted = new ArrayList<>(components);
        sorted.sort(java.util.Comparator.comparing(GrantComponent::name));
        return List.copyOf(sorted);
    }

    /** Builds the district, runs every week of the horizon, and releases any worker threads. */
    public void run() {
        start();
        try {
            while (schedule.getSteps() < calendar.totalWeeks()) {
                schedule.step(this);
            }
        } finally {
            finish();
        }
    }

    @Override
    public void start() {
        super.start();
        RandomStreams streams = new RandomStreams(runSeed);
        BusinessAsUsualRule rule = new BusinessAsUsualRule(spec.district(), spec.bau(), calendar);
        district = new District(spec.district(), rule, streams);
        if (!components.isEmpty()) {
            // Only live levers write the grant-facing columns: business as usual, and reach-only components
            // (whose levers are switched off, ReachOnlySchool), read 0 in their place without allocating them.
            for (School s : district.schools()) {
                s.enableGrantSignals();
            }
        }
        runtimes = new ArrayList<>();
        for (GrantComponent c : components) {
            runtimes.add(new ComponentRuntime(c, this, streams, district.schools().size(), false));
        }
        reachRuntimes = new ArrayList<>();
        for (GrantComponent c : reachOnly) {
            reachRuntimes.add(new ComponentRuntime(c, this, streams, district.schools().size(), true));
        }
        for (School s : district.schools()) {
            s.setWeekHook((school, w) -> {
                for (ComponentRuntime rt : runtimes) {
                    rt.afterWeek(school);
                }
            });
        }
        runtimes.forEach(rt -> rt.component().onRunStart(rt));
        reachRuntimes.forEach(rt -> rt.component().onRunStart(rt));
        district.measure(0, false, sink);

        schedule.scheduleRepeating(0.0, 0, turnOfWeek(), 1.0);
        schedule.scheduleRepeating(0.0, 1, schoolsStep(), 1.0);
        schedule.scheduleRepeating(0.0, 2, endOfWeek(), 1.0);
    }

    private Steppable turnOfWeek() {
        return state -> {
            long step = (long) schedule.getTime();
            year = calendar.year(step);
            week = calendar.week(step);
            for (School s : district.schools()) {
                s.setWeek(week);
            }
            if (week == 0) {
                district.startYear(year);
                runtimes.forEach(rt -> rt.component().onYearStart(rt));
                reachRuntimes.forEach(rt -> rt.component().onYearStartReachOnly(rt));
                markServed(runtimes);
                markServed(reachRuntimes);
            }
        };
    }

    private Steppable endOfWeek() {
        return state -> {
            if (week == calendar.weeksPerYear() - 1) {
                runtimes.forEach(rt -> rt.component().onYearEnd(rt));
                district.measure(year, true, sink);
                if (year < calendar.years()) {
                    district.promote();
                }
            }
        };
    }

    /**
     * All schools, one after another, or in exactly {@code k} parallel groups (MASON 18's ParallelSequence
     * skips trailing steppables unless it gets exactly as many groups as threads).
     */
    private Steppable schoolsStep() {
        Steppable[] schools = district.schools().toArray(new Steppable[0]);
        int k = Math.min(threads, schools.length);
        if (k <= 1) {
            return new Sequence(schools);
        }
        Steppable[] groups = new Steppable[k];
        for (int g = 0; g < k; g++) {
            List<Steppable> part = new ArrayList<>();
            for (int i = g; i < schools.length; i += k) {
                part.add(schools[i]);
            }
            groups[g] = new Sequence(part.toArray(new Steppable[0]));
        }
        parallel = new ParallelSequence(groups, k);
        return parallel;
    }

    /** Marks the students the plan reaches this year as served ({@link School#markServed}). */
    private void markServed(List<ComponentRuntime> plan) {
        if (plan.isEmpty()) {
            return;
        }
        boolean[] reached = new boolean[0];
        for (School school : district.schools()) {
            int n = school.size();
            if (reached.length < n) {
                reached = new boolean[n];
            } else {
                Arrays.fill(reached, 0, n, false);
            }
            for (ComponentRuntime rt : plan) {
                rt.markReached(school.id(), reached);
            }
            for (int i = 0; i < n; i++) {
                if (reached[i]) {
                    school.markServed(i);
                }
            }
        }
    }

    @Override
    public void finish() {
        super.finish();
        if (parallel != null) {
            parallel.cleanup();
            parallel = null;
        }
    }

    /** Adds a per-student column to every school (components call this from {@code onRunStart}). */
    int addStudentColumn(String name) {
        if (!columnNames.add(name)) {
            throw new IllegalStateException("student column " + name + " is registered twice");
        }
        if (schedule.getSteps() > 0) {
            throw new IllegalStateException("student columns are registered in onRunStart, not later: " + name);
        }
        for (School s : district.schools()) {
            s.addStudentColumns(1);
        }
        return columnNames.size() - 1;
    }

    public int year() {
        return year;
    }

    public int week() {
        return week;
    }

    public SchoolCalendar calendar() {
        return calendar;
    }

    public District district() {
        return district;
    }
}
