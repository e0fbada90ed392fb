package org.plsim.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * A grant budget for the plan: the total over the grant years, optionally split across components, and
 * what to do when the plan's ingredient costs exceed it.
 *
 * @param totalDollars total grant dollars over {@code grantYears}, above 0 (RTT-D 2012: $10M–$40M)
 * @param grantYears   school years the grant pays for, 1–12 (RTT-D: 4)
 * @param split        share of the total each component may spend (component name → share); empty: the
 *                     total is shared freely; shares sum to at most 1
 * @param ifOver       {@link IfOver#REFUSE} the plan with a clear message, or {@link IfOver#SCALE} each
 *                     component's coverage down until it fits
 */
public record Budget(double totalDollars, int grantYears, Map<String, Double> split, IfOver ifOver) {
    /** What to do with a plan that costs more than its budget. */
    public enum IfOver {
        REFUSE("refuse"), SCALE("scale");

        private final String label;

        IfOver(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static IfOver fromLabel(String s) {
            for (IfOver v : values()) {
                if (v.label.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown if_over: " + s);
        }
    }

    public Budget {
        split = split == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(split));
        Checks c = new Checks()
                .range("total_dollars", totalDollars, 1, 1e12)
                .intRange("grant_years", grantYears, 1, 12)
                .require(ifOver != null, "if_over", "nothing", "refuse or scale");
        splitChecks(c, split).throwIfAny();
    }

    /**
     * Checks a split as a budget would — each share 0 to 1, summing to at most 1 — also when there is no budget
     * ({@code total_dollars: 0}): a split that could never be valid is wrong whatever total comes later.
     *
     * @throws InvalidSpecException with fields {@code split} and {@code split.<name>}
     */
    public static void requireValidSplit(Map<String, Double> split) {
        splitChecks(new Checks(), split).throwIfAny();
    }

    private static Checks splitChecks(Checks c, Map<String, Double> split) {
        double sum = split.values().stream().mapToDouble(Double::doubleValue).sum();
        c.require(sum <= 1 + 1e-9, "split", String.format(java.util.Locale.ROOT, "shares summing to %.3f", sum),
                "shares of the total summing to at most 1");
        split.forEach((k, v) -> c.share("split." + k, v));
        return c;
    }

    /** Dollars component {@code name} may spend over the grant: its share, or the whole total without a split. */
    public double allowance(String name) {
        return split.isEmpty() ? totalDollars : totalDollars * split.getOrDefault(name, 0.0);
    }
}
