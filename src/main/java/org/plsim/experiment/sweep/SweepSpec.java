package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.experiment.sweep.design.SobolDesign;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;

/**
 * A sweep file, read and checked: everything its design points are a pure function of. Violations name the
 * sweep file's keys ({@code factors.<path>.range}, {@code design.points}) so the reader can place them.
 *
 * <p>A {@code scenarios} design has no base (null, and an empty base tree) and no factors: each point is
 * one whole scenario file, given in {@code scenarioTrees}; {@code set} applies to every one of them.
 *
 * @param id            identifier used in result paths, as a scenario id
 * @param title         one line saying what question the sweep asks
 * @param base          the base scenario, as read; null for a scenarios design
 * @param baseTree      the base scenario as {@code ScenarioFormat.toTree} lays it out: what points patch
 * @param seed          the sweep seed: every replicate's run seed derives from it
 * @param replicates    fixed or adaptive
 * @param design        how points are chosen
 * @param set           scenario field path → value applied at every point, before the factors
 * @param factors       the factors, in file order
 * @param outputs       what runs keep
 * @param scenarioTrees scenarios design: each file's scenario as {@code ScenarioFormat.toTree} lays it out, in
 *                      the order of {@code design.files}; else empty
 */
public record SweepSpec(String id, String title, ScenarioSpec base, Map<String, Object> baseTree, long seed,
                        Replicates replicates, DesignSpec design, Map<String, Object> set, List<Factor> factors,
                        Outputs outputs, List<Map<String, Object>> scenarioTrees) {
    /** A sweep of a base scenario (every design type but scenarios). */
    public SweepSpec(String id, String title, ScenarioSpec base, Map<String, Object> baseTree, long seed,
                     Replicates replicates, DesignSpec design, Map<String, Object> set, List<Factor> factors,
                     Outputs outputs) {
        this(id, title, base, baseTree, seed, replicates, design, set, factors, outputs, List.of());
    }

    @SuppressWarnings("unchecked")
    public SweepSpec {
        baseTree = Collections.unmodifiableMap(new LinkedHashMap<>(baseTree));
        set = (Map<String, Object>) Factor.frozen(set);
        factors = List.copyOf(factors);
        scenarioTrees = scenarioTrees.stream().map(t -> (Map<String, Object>) Factor.frozen(t)).toList();
        List<Violation> found = new ArrayList<>();
        if (id == null || !ScenarioSpec.ID.matcher(id).matches()) {
            found.add(new Violation("id", String.valueOf(id),
                    "1–64 lower-case letters, digits and dashes, starting with a letter or digit"));
        }
        for (Factor f : factors) {
            checkFactor(f, design.type(), set, factors, found);
        }
        if (design.type() == DesignType.SCENARIOS) {
            ScenarioList.check(design, factors, scenarioTrees, found);
        } else if (factors.isEmpty() && design.type() != DesignType.COMPONENT_MIX) {
            found.add(new Violation("factors", "none", "at least one factor for a " + design.type().label()
                    + " design"));
        }
        if (design.type() == DesignType.SOBOL && factors.size() > SobolDesign.MAX_FACTORS) {
            found.add(new Violation("factors", factors.size() + " factors", "at most " + SobolDesign.MAX_FACTORS
                    + " for a sobol design (its sequence has 2k dimensions)"));
        }
        long count = pointCount(design, factors);
        if (found.isEmpty() && count > design.maxPoints()) {
            found.add(new Violation("design", count + " design points", design.pointCapRule()));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** How many design points the design gives these factors. */
    public static long pointCount(DesignSpec design, List<Factor> factors) {
        long product = 1;
        for (Factor f : factors) {
            product = Math.min(Long.MAX_VALUE / 1024, product * Math.max(1, f.levels().size()));
        }
        return switch (design.type()) {
            case FACTORIAL -> product;
            case COMPONENT_MIX -> product << design.components().size();
            case LATIN_HYPERCUBE, RANDOM -> design.points();
            case MORRIS -> (long) design.trajectories() * (factors.size() + 1);
            case SOBOL -> (long) design.points() * (factors.size() + 2);
            case SCENARIOS -> design.files().size();
        };
    }

    /** The index of the factor on {@code path}, or -1. */
    public int factorIndex(String path) {
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static void checkFactor(Factor f, DesignType type, Map<String, Object> set, List<Factor> all,
                                    List<Violation> found) {
        String at = "factors." + f.path();
        if (type == DesignType.SCENARIOS) {
            return; // refused as a whole by ScenarioList.check
        }
        if (type.usesLevels() && f.isRange()) {
            found.add(new Violation(at + ".range", "a range", "levels: [a, b, …] (a " + type.label()
                    + " design runs listed levels; ranges are for latin_hypercube, random, morris and sobol)"));
        } else if (!type.usesLevels() && !f.isRange()) {
            found.add(new Violation(at + ".levels", "levels", "range: [low, high] (a " + type.label()
                    + " design draws values from a range; levels are for factorial and component_mix)"));
        }
        for (String other : set.keySet()) {
            if (overlaps(f.path(), other)) {
                found.add(new Violation(at, "the same field as set." + other, "a field that set does not fix"));
            }
        }
        for (Factor g : all) {
            if (g != f && overlaps(f.path(), g.path()) && f.path().length() > g.path().length()) {
                found.add(new Violation(at, "a field inside factor " + g.path(), "factors on separate fields"));
            }
        }
    }

    /** True when the paths are equal or one is a field inside the other. */
    static boolean overlaps(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    static boolean inside(String inner, String outer) {
        return inner.length() > outer.length() && inner.startsWith(outer)
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }
}
