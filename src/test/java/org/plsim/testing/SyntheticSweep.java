package org.plsim.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.EffectKey;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.io.csv.TidyCsv;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * A sweep's {@code runs.csv} and {@code design.csv} made from formulas, in the formats the runner writes, so
 * analysis tests can know every number in advance.
 *
 * <pre>{@code
 * SyntheticSweep.of("mix", 4, 2).keys(SyntheticSweep.achievement(1))
 *         .effect((p, r, k) -> 0.1 * p).writeRuns(folder.resolve("runs.csv"));
 * }</pre>
 */
public final class SyntheticSweep {
    /** A value of one run (point, replicate) and key. */
    public interface Value {
        double at(int point, int replicate, EffectKey key);
    }

    private final String sweepId;
    private final int points;
    private final int replicates;
    private List<EffectKey> keys = List.of();
    private Value bau = (p, r, k) -> k.measure() == Measure.COST ? 0 : -0.1 + 0.01 * r;
    private Value effect = (p, r, k) -> 0;

    private SyntheticSweep(String sweepId, int points, int replicates) {
        this.sweepId = sweepId;
        this.points = points;
        this.replicates = replicates;
    }

    public static SyntheticSweep of(String sweepId, int points, int replicates) {
        return new SyntheticSweep(sweepId, points, replicates);
    }

    public SyntheticSweep keys(List<EffectKey> k) {
        keys = List.copyOf(k);
        return this;
    }

    public SyntheticSweep bau(Value v) {
        bau = v;
        return this;
    }

    /** The paired effect; the treatment arm is bau + effect. NaN leaves the row's numbers blank. */
    public SyntheticSweep effect(Value v) {
        effect = v;
        return this;
    }

    /** Achievement (math and reading, every subgroup, all grades) in years 0 … years, then cost in 1 … years. */
    public static List<EffectKey> achievement(int years) {
        return achievement(years, Subject.TESTED);
    }

    /** As {@link #achievement(int)}, for the given subjects only. */
    public static List<EffectKey> achievement(int years, Subject... subjects) {
        List<EffectKey> k = new ArrayList<>();
        for (int y = 0; y <= years; y++) {
            for (Subject s : subjects) {
                for (Subgroup g : Subgroup.values()) {
                    k.add(new EffectKey(y, Outcome.ALL_GRADES, s, g, Measure.ACHIEVEMENT));
                }
            }
            if (y >= 1) {
                k.add(new EffectKey(y, Outcome.ALL_GRADES, Subject.ALL, Subgroup.ALL, Measure.COST));
            }
        }
        return k;
    }

    public void writeRuns(Path file) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, List.of("sweep_id", "point", "replicate", "run_seed", "year",
                "grade", "subject", "subgroup", "measure", "unit", "treatment", "bau", "effect"))) {
            for (int p = 0; p < points; p++) {
                for (int r = 0; r < replicates; r++) {
                    for (EffectKey k : keys) {
                        double b = bau.at(p, r, k);
                        double e = effect.at(p, r, k);
                        csv.printRecord(sweepId, p, r, 1000 + r, k.year(), k.gradeLabel(), k.subject().label(),
                                k.group().label(), k.measure().label(), k.measure().unit(), fixed(b + e), fixed(b),
                                fixed(e));
                    }
                }
            }
        }
    }

    /** {@code design.csv}: switches as on/off, other values as text. */
    public static void writeDesign(Path file, String sweepId, List<String> factors, List<DesignPoint> points)
            throws IOException {
        List<String> columns = new ArrayList<>(List.of("sweep_id", "point", "label"));
        columns.addAll(factors);
        try (CSVPrinter csv = TidyCsv.create(file, columns)) {
            for (DesignPoint p : points) {
                List<Object> row = new ArrayList<>(List.of(sweepId, p.index(), p.label()));
                for (String f : factors) {
                    Object v = p.settings().get(f);
                    row.add(v instanceof Boolean b ? (b ? "on" : "off") : String.valueOf(v));
                }
                csv.printRecord(row);
            }
        }
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
