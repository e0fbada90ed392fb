package org.plsim.reporting.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.sweep.Grantee;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/** A scenarios design's points as grantees: each point's district and plan, as written and as funded. */
public final class Grantees {
    private Grantees() {
    }

    /** One grantee per design point, in point order (the funded scenario is made on first use: a budget fit). */
    public static List<Grantee> of(SweepPlan plan) {
        List<Grantee> out = new ArrayList<>();
        for (DesignPoint p : plan.points()) {
            ScenarioSpec planned = plan.plannedScenario(p.index());
            ScenarioSpec funded = plan.scenario(p.index());
            double budget = funded.budget() == null ? Double.NaN : funded.budget().totalDollars();
            int grantYears = funded.budget() == null ? funded.years() : funded.budget().grantYears();
            out.add(new Grantee(p.index(), p.label(), funded.district().name(), funded.district().students(), budget,
                    grantYears, funded.components().stream().map(ComponentSpec::name).toList(), coverage(planned),
                    coverage(funded)));
        }
        return out;
    }

    /** Mean {@code rollout.coverage} of the components (1 where unset, its default); NaN without components. */
    static double coverage(ScenarioSpec spec) {
        return spec.components().stream().mapToDouble(c -> c.settings().get("rollout") instanceof Map<?, ?> r
                && r.get("coverage") instanceof Number n ? n.doubleValue() : 1.0).average().orElse(Double.NaN);
    }
}
