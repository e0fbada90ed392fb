package org.plsim.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@code plsim bench} can measure, by the name {@code --workloads} takes: the business-as-usual model
 * with its references, and the real workloads beside it.
 */
public enum Workload {
    /** The business-as-usual model per district size, beside conventional MASON and the random-number floor. */
    BAU("bau"),
    /** The all-four plan at full coverage, whole paired run (both arms), one thread. */
    ALL_FOUR("all-four"),
    /** Each component of the all-four plan alone: its treatment arm against the business-as-usual arm. */
    COMPONENTS("components"),
    /** {@code plsim run} of a tiny scenario, end to end as a child process. */
    FIXED_COST("fixed-cost"),
    /** Writing a run's outcomes, effects and summary CSVs. */
    CSV("csv"),
    /** Every shipped grantee scenario run again and again in one warm JVM: the web explorer's preview. */
    PREVIEW("preview"),
    /** The explorer's server over HTTP: a control change's preview, and an exact cache hit. */
    EXPLORER("explorer");

    private final String label;

    Workload(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The workloads named (any case, in any order; {@code all} for every one), or why the list is wrong. */
    public static Set<Workload> parse(List<String> names) {
        Set<Workload> out = EnumSet.noneOf(Workload.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (n.equals("all")) {
                out.addAll(EnumSet.allOf(Workload.class));
                continue;
            }
            Stream.of(values()).filter(w -> w.label.equals(n)).findFirst().ifPresentOrElse(out::add,
                    () -> unknown.add(name));
        }
        if (!unknown.isEmpty() || out.isEmpty()) {
            throw new IllegalArgumentException("found " + (unknown.isEmpty() ? "nothing" : String.join(", ", unknown))
                    + ", allowed: " + allowed() + " or all");
        }
        return out;
    }

    /** "bau, all-four, …", for messages and help. */
    public static String allowed() {
        return Stream.of(values()).map(Workload::label).collect(Collectors.joining(", "));
    }
}
