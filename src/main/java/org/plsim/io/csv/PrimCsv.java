package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.PeelingStep;
import org.plsim.analysis.sweep.PeelingTrajectory;
import org.plsim.analysis.sweep.ScenarioDiscovery;

/**
 * Scenario discovery's two tables: {@code prim-trajectory.csv}, one row per peeling step (runs in the box,
 * coverage, density and support as shares 0–1, which edge moved), and {@code prim-box.csv}, the chosen box's
 * limits per factor in the factor's own units beside its full range.
 */
public final class PrimCsv {
    public static final String TRAJECTORY = "prim-trajectory.csv";
    public static final String BOX = "prim-box.csv";
    public static final List<String> TRAJECTORY_COLUMNS = List.of("sweep_id", "rule", "alpha", "min_support", "step",
            "peeled_factor", "peeled_edge", "runs_in_box", "successes_in_box", "coverage", "density", "support",
            "chosen");
    public static final List<String> BOX_COLUMNS = List.of("sweep_id", "rule", "step", "factor", "lower", "upper",
            "factor_min", "factor_max", "restricted");

    private PrimCsv() {
    }

    public static void writeTrajectory(Path file, String sweepId, ScenarioDiscovery.Found found) throws IOException {
        PeelingTrajectory t = found.trajectory();
        try (TidyWriter csv = TidyWriter.create(file, TRAJECTORY_COLUMNS)) {
            for (PeelingStep s : t.steps()) {
                csv.cell(sweepId).text(found.rule().describe()).decimal(t.alpha()).decimal(t.minSupport())
                        .integer(s.step()).text(s.peeledFactor() == null ? "" : s.peeledFactor())
                        .text(s.peeledSide() == null ? "" : s.peeledSide()).integer(s.cases())
                        .integer(s.successes()).decimal(s.coverage()).decimal(s.density()).decimal(s.support())
                        .text(s.step() == t.chosen() ? "yes" : "no").endRow();
            }
        }
    }

    public static void writeBox(Path file, String sweepId, ScenarioDiscovery.Found found) throws IOException {
        PeelingTrajectory t = found.trajectory();
        PeelingStep box = t.chosenBox();
        try (TidyWriter csv = TidyWriter.create(file, BOX_COLUMNS)) {
            for (int f = 0; f < t.factors().size(); f++) {
                csv.cell(sweepId).text(found.rule().describe()).integer(box.step()).text(t.factors().get(f))
                        .decimal(box.lower()[f]).decimal(box.upper()[f]).decimal(t.minimum()[f])
                        .decimal(t.maximum()[f]).text(t.restricts(f) ? "yes" : "no").endRow();
            }
        }
    }
}
