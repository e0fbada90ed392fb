package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.design.Expansion;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.scenario.Violation;

/**
 * The {@code scenarios} design: one point per scenario file, in the order the sweep file lists them (a
 * pattern's matches sorted by name), each labelled with its scenario's id. Every point is a whole scenario —
 * its own district, components and budget — so a cohort of districts (the RTT-D grantees) runs as one sweep,
 * with replicate r's run seed the same in every district.
 */
final class ScenarioList {
    private ScenarioList() {
    }

    /** Point i is file i, labelled with its scenario's id; no factor settings. */
    static Expansion expand(List<Map<String, Object>> trees) {
        List<DesignPoint> points = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            points.add(new DesignPoint(i, String.valueOf(trees.get(i).get("id")), Map.of()));
        }
        return new Expansion(points, List.of());
    }

    /** What a scenarios design forbids or needs: no factors, one tree per file, every id once (labels). */
    static void check(DesignSpec design, List<Factor> factors, List<Map<String, Object>> trees,
                      List<Violation> found) {
        if (!factors.isEmpty()) {
            found.add(new Violation("factors", factors.size() + (factors.size() == 1 ? " factor" : " factors"),
                    "no factors in a scenarios design (each point is a whole scenario file; set: fixes a field at "
                            + "every point; to vary a field, sweep one scenario with base: and another design)"));
        }
        if (trees.size() != design.files().size()) {
            throw new IllegalArgumentException(trees.size() + " scenarios for " + design.files().size() + " files");
        }
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < trees.size(); i++) {
            Integer before = seen.putIfAbsent(trees.get(i).get("id"), i);
            if (before != null) {
                found.add(new Violation("design.files", "the scenario id '" + trees.get(i).get("id") + "' twice ("
                        + design.files().get(before) + " and " + design.files().get(i) + ")",
                        "each scenario id once: it labels the point (give one of the files its own id:)"));
            }
        }
    }
}
