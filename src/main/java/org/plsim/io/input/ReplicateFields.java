package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.YamlTree;
import java.util.Arrays;
import java.util.List;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A sweep file's {@code replicates:} — a whole number, or {@code {adaptive: {...}}}: rounds of {@code batch}
 * more replicates at every point until the chosen effect's 95% CI half-width is at most
 * {@code target_half_width} everywhere, from {@code min} up to {@code max}. Default: the base scenario's
 * replicates (a scenarios design: the count its files share).
 */
final class ReplicateFields {
    static final int MAX = 10_000;
    static final int DEFAULT_MIN = 4;
    static final int DEFAULT_MAX = 64;
    static final int DEFAULT_BATCH = 4;
    /** Measures reported per subject; the others are {@code subject: all}. */
    static final List<Measure> BY_SUBJECT = List.of(Measure.ACHIEVEMENT, Measure.ALIGNED_MASTERY, Measure.PROFICIENT,
            Measure.GAIN);
    private static final String ADAPTIVE_KEYS = "measure, subject, subgroup, year, target_half_width, min, max, batch";

    private final Reading reading;

    ReplicateFields(Reading reading) {
        this.reading = reading;
    }

    /**
     * The replicates, or null when they cannot be known (a problem recorded, or no default).
     *
     * @param replicates the default: the base scenario's replicates (scenarios design: the files' common
     *                   count); null when there is none
     * @param years      the school years the points run (the base's; scenarios design: the fewest of the files'),
     *                   for the adaptive year's default and check; null when unknown
     */
    Replicates read(Block top, Outputs outputs, Integer replicates, Integer years) {
        Node node = top.node("replicates");
        if (node == null) {
            return replicates == null ? null : new Replicates(replicates, null);
        }
        if (node instanceof ScalarNode) {
            Long n = SweepValues.whole(top, "replicates", 1, MAX);
            return n == null ? null : new Replicates(n.intValue(), null);
        }
        if (!(node instanceof MappingNode)) {
            reading.problem("replicates", "found " + YamlTree.describe(node) + ", allowed: a whole number from 1 to "
                    + MAX + ", or {adaptive: {" + ADAPTIVE_KEYS + "}}");
            return null;
        }
        Block b = SweepValues.block(top, "replicates", "adaptive");
        if (b.node("adaptive") == null) {
            reading.problem("replicates", "found a map without adaptive, allowed: a whole number from 1 to " + MAX
                    + ", or {adaptive: {" + ADAPTIVE_KEYS + "}}");
            return null;
        }
        return adaptive(SweepValues.block(b, "adaptive", ADAPTIVE_KEYS), outputs, years);
    }

    private Replicates adaptive(Block a, Outputs outputs, Integer years) {
        int problems = reading.problemCount();
        String measureLabel = SweepValues.choice(a, "measure", labels(Measure.values()));
        Measure measure = measureLabel == null ? Measure.ACHIEVEMENT : Measure.fromLabel(measureLabel);
        String subjectLabel = SweepValues.choice(a, "subject", labels(Subject.values()));
        Subject subject = subjectLabel != null ? Subject.fromLabel(subjectLabel)
                : BY_SUBJECT.contains(measure) ? Subject.MATH : Subject.ALL;
        String groupLabel = SweepValues.choice(a, "subgroup", labels(Subgroup.values()));
        Subgroup group = groupLabel == null ? Subgroup.ALL : Subgroup.fromLabel(groupLabel);
        Long year = SweepValues.whole(a, "year", 1, 12);
        Double target = SweepValues.number(a, "target_half_width", "a number above 0, in the measure's unit");
        Long min = SweepValues.whole(a, "min", 2, MAX);
        Long max = SweepValues.whole(a, "max", 2, MAX);
        Long batch = SweepValues.whole(a, "batch", 1, MAX);
        if (a.node("target_half_width") == null) {
            reading.problem(a.path("target_half_width"), "missing, allowed: the 95% CI half-width to reach at every "
                    + "point, a number above 0 in the measure's unit (e.g. 0.01 SD)");
        } else if (target != null && !(target > 0 && Double.isFinite(target))) {
            reading.problem(a.path("target_half_width"), "found " + target + ", allowed: a number above 0");
        }
        int lo = min == null ? DEFAULT_MIN : min.intValue();
        int hi = max == null ? Math.max(lo, DEFAULT_MAX) : max.intValue();
        if (hi < lo) {
            reading.problem(a.path(max != null ? "max" : "min"), "found max " + hi + " below min " + lo
                    + ", allowed: max at least min");
        }
        boolean bySubject = BY_SUBJECT.contains(measure);
        if (bySubject == (subject == Subject.ALL)) {
            reading.problem(a.path("subject"), "found " + subject.label() + " for " + measure.label() + ", allowed: "
                    + (bySubject ? "math or reading" : "all (" + measure.label() + " is not per subject)"));
        }
        if (outputs != null && !outputs.measures().contains(measure)) {
            reading.problem(a.path("measure"), "found " + measure.label() + ", which outputs.measures leaves out, "
                    + "allowed: a measure the sweep keeps (add it to outputs.measures)");
        }
        if (outputs != null && !outputs.subgroups().contains(group)) {
            reading.problem(a.path("subgroup"), "found " + group.label() + ", which outputs.subgroups leaves out, "
                    + "allowed: a subgroup the sweep keeps (add it to outputs.subgroups)");
        }
        int y = year != null ? year.intValue() : years != null ? years : 1;
        if (years != null && y > years) {
            reading.problem(a.path("year"), "found year " + y + ", allowed: a year every point runs, 1 to " + years);
        }
        if (reading.problemCount() > problems || target == null) {
            return null;
        }
        return new Replicates(lo, new Replicates.Adaptive(measure, subject, group, y, target, hi,
                batch == null ? DEFAULT_BATCH : batch.intValue()));
    }

    private static List<String> labels(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v instanceof Measure m ? m.label() : v instanceof Subject s ? s.label()
                : ((Subgroup) v).label()).toList();
    }
}
