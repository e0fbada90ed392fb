package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * A sweep's {@code design:} block. Only the fields of its type are used; the others are 0 or empty.
 *
 * @param type         how points are chosen
 * @param components   component_mix: the components switched on and off, in bit order (the first is
 *                     on at odd points)
 * @param points       latin_hypercube and random: how many points, 1 to {@value #MAX_POINTS}; sobol: the base
 *                     samples N (the YAML key {@code samples}), each giving k + 2 points, 2 to
 *                     {@value #MAX_SOBOL_SAMPLES}
 * @param trajectories morris: trajectories r, each of k + 1 points
 * @param levels       morris: grid levels p, even (so that Δ = p / (2(p − 1)) lands on the grid), 2 to 100
 * @param files        scenarios: the scenario files, one a point, as the sweep file names them (relative to it;
 *                     patterns expanded): recorded for provenance, not fingerprinted, so moving the files
 *                     together changes nothing
 */
public record DesignSpec(DesignType type, List<String> components, int points, int trajectories, int levels,
                         List<String> files) {
    /**
     * The most design points a sweep may have, but a sobol one: each is resolved and checked when the sweep is
     * read. A cap on a number the user types directly (points, levels, trajectories), meant to catch a typo.
     */
    public static final int MAX_POINTS = 10_000;
    /**
     * The most design points a sobol sweep may have. Its size is not typed but follows from the method,
     * N(k + 2), and stable total indices need large N: on the all-four plan's 86 ranged evidence parameters
     * about N = 1,024, 90,112 points ({@code sensitivity-sobol.md}, "How many samples"), which the general
     * {@value #MAX_POINTS} would forbid. What then bounds a sweep on one machine (with narrow outputs; the default
     * ones make {@code runs.csv} 65 times larger) is reading it: every point is resolved and kept, about 22 KiB
     * of heap and 1.7 ms of CPU a point, so 200,000 points take about 4 GiB (more while reading) and minutes of
     * one core: room to spare on a 24 GiB, 2-core machine given the heap ({@code -Xmx16g}).
     */
    public static final int MAX_SOBOL_POINTS = 200_000;
    /** The most base samples N of a sobol design: {@value #MAX_SOBOL_POINTS} points with one factor (k + 2 = 3). */
    public static final int MAX_SOBOL_SAMPLES = MAX_SOBOL_POINTS / 3;
    /** Morris defaults: 10 trajectories on a 4-level grid (Campolongo, Cariboni & Saltelli 2007). */
    public static final int DEFAULT_TRAJECTORIES = 10;
    public static final int DEFAULT_LEVELS = 4;

    /** A design of any type but scenarios. */
    public DesignSpec(DesignType type, List<String> components, int points, int trajectories, int levels) {
        this(type, components, points, trajectories, levels, List.of());
    }

    public DesignSpec {
        components = List.copyOf(components);
        files = List.copyOf(files);
        List<Violation> found = new ArrayList<>();
        if (type == null) {
            found.add(new Violation("type", "nothing", String.join(", ", DesignType.labels())));
        } else if (type == DesignType.COMPONENT_MIX) {
            if (components.isEmpty() || components.size() > 10) {
                found.add(new Violation("components", components.size() + " components", "1 to 10 components"));
            } else if (components.stream().distinct().count() < components.size()) {
                found.add(new Violation("components", "a component named twice", "each component once"));
            }
        } else if (type == DesignType.LATIN_HYPERCUBE || type == DesignType.RANDOM) {
            if (points < 1 || points > MAX_POINTS) {
                found.add(new Violation("points", Integer.toString(points), "a whole number from 1 to " + MAX_POINTS));
            }
        } else if (type == DesignType.SOBOL) {
            if (points < 2 || points > MAX_SOBOL_SAMPLES) {
                found.add(new Violation("samples", Integer.toString(points), "a whole number from 2 to "
                        + MAX_SOBOL_SAMPLES + " (base samples N; the design runs N(k + 2) points, at most "
                        + MAX_SOBOL_POINTS + "), e.g. 64"));
            }
        } else if (type == DesignType.MORRIS) {
            if (trajectories < 1 || trajectories > MAX_POINTS) {
                found.add(new Violation("trajectories", Integer.toString(trajectories), "a whole number from 1 to "
                        + MAX_POINTS));
            }
            if (levels < 2 || levels > 100 || levels % 2 != 0) {
                found.add(new Violation("levels", Integer.toString(levels), "an even whole number from 2 to 100 "
                        + "(so that each step of Δ = p/(2(p-1)) lands on the grid), e.g. 4"));
            }
        } else if (type == DesignType.SCENARIOS) {
            if (files.isEmpty() || files.size() > MAX_POINTS) {
                found.add(new Violation("files", files.size() + " scenario files", "1 to " + MAX_POINTS
                        + " scenario files"));
            } else if (files.stream().distinct().count() < files.size()) {
                found.add(new Violation("files", "a file named twice", "each scenario file once"));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** The most design points this design may give: {@value #MAX_SOBOL_POINTS} for sobol, else {@value #MAX_POINTS}. */
    public int maxPoints() {
        return type == DesignType.SOBOL ? MAX_SOBOL_POINTS : MAX_POINTS;
    }

    /**
     * What a design past {@link #maxPoints()} is told is allowed: the cap and why,
     * and how to come under it.
     */
    public String pointCapRule() {
        if (type == DesignType.SOBOL) {
            return "at most " + MAX_SOBOL_POINTS + " for a sobol design (N(k + 2) points for N samples and k "
                    + "factors; beyond that one machine's heap is the limit): fewer samples, or fewer factors after "
                    + "a morris screen";
        }
        return "at most " + MAX_POINTS + " (fewer levels, factors, points or trajectories; a sobol design may have "
                + MAX_SOBOL_POINTS + ")";
    }

    /** Morris step Δ on the unit scale: p / (2(p − 1)), i.e. p/2 grid intervals. */
    public double morrisDelta() {
        return levels / (2.0 * (levels - 1));
    }
}
