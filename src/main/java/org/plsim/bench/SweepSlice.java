package org.plsim.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.io.files.Sha256;
import org.plsim.scenario.ScenarioSpec;

/**
 * Design points {@code from} to {@code to} (exclusive) of a sweep, numbered from 0: the runs a Sobol doubling
 * adds. A run depends only on its point's scenario and its replicate's seed (common to every point), so a point
 * of the slice gives the same run as the same point of the whole sweep; its label and settings are the whole
 * sweep's. A bench's own plan, never written as a sweep file.
 */
final class SweepSlice implements SweepPlan {
    private final SweepPlan whole;
    private final int from;
    private final List<DesignPoint> points;

    SweepSlice(SweepPlan whole, int from, int to) {
        if (from < 0 || to <= from || to > whole.points().size()) {
            throw new IllegalArgumentException("a slice of points " + from + " to " + to + " of "
                    + whole.points().size() + "; allowed: 0 <= from < to <= points");
        }
        this.whole = whole;
        this.from = from;
        List<DesignPoint> out = new ArrayList<>();
        for (DesignPoint p : whole.points().subList(from, to)) {
            out.add(new DesignPoint(p.index() - from, p.label(), p.settings()));
        }
        this.points = List.copyOf(out);
    }

    @Override
    public String sweepId() {
        return whole.sweepId();
    }

    @Override
    public String title() {
        return whole.title() + ", points " + from + " to " + (from + points.size() - 1);
    }

    @Override
    public String designType() {
        return whole.designType();
    }

    @Override
    public List<String> factors() {
        return whole.factors();
    }

    @Override
    public List<DesignPoint> points() {
        return points;
    }

    @Override
    public ScenarioSpec scenario(int point) {
        return whole.scenario(point + from);
    }

    @Override
    public ScenarioSpec plannedScenario(int point) {
        return whole.plannedScenario(point + from);
    }

    @Override
    public boolean pointsChecked() {
        return whole.pointsChecked();
    }

    @Override
    public long sweepSeed() {
        return whole.sweepSeed();
    }

    @Override
    public long runSeed(int replicate) {
        return whole.runSeed(replicate);
    }

    @Override
    public Replicates replicates() {
        return whole.replicates();
    }

    @Override
    public Outputs outputs() {
        return whole.outputs();
    }

    @Override
    public String fingerprint() {
        return Sha256.ofText(whole.fingerprint() + "|points " + from + " to " + (from + points.size()));
    }

    @Override
    public Map<String, Object> toTree() {
        Map<String, Object> t = new LinkedHashMap<>(whole.toTree());
        Map<String, Object> slice = new LinkedHashMap<>();
        slice.put("from", from);
        slice.put("points", points.size());
        t.put("slice", slice);
        return t;
    }
}
