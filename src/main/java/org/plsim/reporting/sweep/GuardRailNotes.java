package org.plsim.reporting.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SweepResults;

/**
 * The evidence guard-rail of {@link GuardRails} applied to each design point: a point whose mean
 * standardized-achievement gain in one year exceeds {@value GuardRails#MAX_STANDARDIZED_PER_YEAR} SD (all
 * students, or else the subgroup furthest above it) is beyond what the evidence supports.
 */
public final class GuardRailNotes {
    private GuardRailNotes() {
    }

    /** One line per flag, by point: {@code p03 (label): message}. */
    public static List<String> of(SweepResults results) {
        Map<Integer, List<EffectSummary>> byPoint = new TreeMap<>();
        for (PointSummary s : results.summaries()) {
            byPoint.computeIfAbsent(s.point(), p -> new ArrayList<>()).add(s.asEffectSummary());
        }
        List<String> notes = new ArrayList<>();
        byPoint.forEach((point, summaries) -> {
            for (GuardRail g : GuardRails.check(summaries, List.of(), List.of())) {
                notes.add("point " + point + " (" + results.design().labels().get(point) + "): " + g.message());
            }
        });
        return notes;
    }
}
