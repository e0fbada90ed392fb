package org.plsim.io.input;

import static org.plsim.scenario.NumberText.compact;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.calibration.FittedParameter;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A calibration file's {@code parameters:} list: each item an evidence parameter id with optional
 * {@code low}, {@code high} and {@code start}, which default to the registry's range and central value. A
 * parameter must be one a scenario may override (drawn, not business-as-usual) and its bounds must lie in the
 * registry's range: the range is what the evidence supports, and a value fitted outside it would be flagged by
 * every run that used it.
 */
final class CalibrationParameters {
    static final String ITEM = "a map with keys id, low, high, start, e.g. {id: blended_learning.math_effect, low: 0.1}";

    private final Reading reading;
    private boolean failed;

    CalibrationParameters(Reading reading) {
        this.reading = reading;
    }

    List<FittedParameter> read(Block root) {
        List<FittedParameter> out = new ArrayList<>();
        if (root.node("parameters") == null) {
            reading.problem("parameters", "missing, allowed: a list of evidence parameters to fit, each " + ITEM);
            failed = true;
            return out;
        }
        Map<String, String> seen = new HashMap<>();
        int before = reading.problemCount();
        for (Block item : root.blocks("parameters", ITEM)) {
            FittedParameter p = parameter(item);
            if (p != null && seen.putIfAbsent(p.id(), item.path()) != null) {
                reading.problem(item.path("id"), "found '" + p.id() + "' a second time (first as " + seen.get(p.id())
                        + "), allowed: each parameter once");
            } else if (p != null) {
                out.add(p);
            }
        }
        failed = reading.problemCount() > before;
        return out;
    }

    /** Whether any parameter could not be read (so a count of them proves nothing). */
    boolean failed() {
        return failed;
    }

    private FittedParameter parameter(Block b) {
        String id = b.text("id");
        Double low = number(b, "low");
        Double high = number(b, "high");
        Double start = number(b, "start");
        EvidenceRegistry registry = EvidenceRegistryReader.builtIn();
        String wrong = id.isEmpty() ? null : EvidenceOverrides.wrong(registry, id);
        if (id.isEmpty() || wrong != null) {
            if (wrong != null) {
                reading.problem(b.path("id"), wrong);
            }
            return null;
        }
        EvidenceParameter e = registry.parameter(id);
        double lo = low == null ? e.low() : low;
        double hi = high == null ? e.high() : high;
        double st = start == null ? Math.max(lo, Math.min(hi, e.central())) : start;
        String range = "[" + compact(e.low()) + ", " + compact(e.high()) + "] (the registry's range for " + id
                + "; widen it there, with a source, to fit beyond it)";
        boolean ok = within(b, "low", low, e, range) & within(b, "high", high, e, range);
        if (ok && !(lo < hi)) {
            reading.problem(b.path(high != null ? "high" : "low"), "found low " + compact(lo) + " and high "
                    + compact(hi) + ", allowed: low < high");
            ok = false;
        }
        if (ok && !(st >= lo && st <= hi)) {
            reading.problem(b.path("start"), "found " + compact(st) + ", allowed: a number from low (" + compact(lo)
                    + ") to high (" + compact(hi) + ")");
            ok = false;
        }
        return ok ? reading.build(b.path(), () -> new FittedParameter(id, lo, hi, st)) : null;
    }

    private boolean within(Block b, String key, Double value, EvidenceParameter e, String range) {
        if (value != null && !(value >= e.low() && value <= e.high())) {
            reading.problem(b.path(key), "found " + compact(value) + ", allowed: a number in " + range);
            return false;
        }
        return true;
    }

    /** An optional number: null when absent, reported when not a number. */
    private Double number(Block b, String key) {
        Node node = b.node(key);
        if (node == null || YamlTree.isNull(node)) {
            return null;
        }
        Double v = Scalars.number(node);
        if (v == null) {
            reading.problem(b.path(key), "found " + YamlTree.describe(node) + ", allowed: a number");
        }
        return v;
    }
}
