package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.PairedEffect;
import org.plsim.analysis.PairedEffects;
import org.plsim.analysis.sweep.RunsTable;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.Arm;
import org.plsim.experiment.RunKey;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.io.csv.TidyCsv;
import org.plsim.model.observe.Outcome;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.SyntheticSweep;
import org.plsim.testing.TestSweepPlan;

/**
 * The analysis on runs of the real model: a two-point mix (nothing; blended learning) on a 260-student
 * district for one year, two replicates, written as the runner writes runs.csv. Checks that the labels
 * the model emits parse and that every output appears.
 */
class RealSweepTest {
    @TempDir
    Path tmp;

    @Test
    void aTinyRealSweep_isAnalysedEndToEnd() throws IOException {
        TestSweepPlan plan = TestSweepPlan.componentMix("real", List.of("blended_learning"), 2);
        ScenarioRunner runner = new ScenarioRunner(ComponentRegistry.discover(), 1);
        try (CSVPrinter csv = TidyCsv.create(tmp.resolve("runs.csv"), RunsTable.COLUMNS)) {
            for (DesignPoint p : plan.points()) {
                boolean on = (Boolean) p.settings().get("blended_learning");
                ScenarioSpec spec = Districts.scenario(Districts.k12(1, 20), 1, 2, on
                        ? List.of(new ComponentSpec("blended_learning", Map.of("rollout", Map.of("coverage", 1.0))))
                        : List.of());
                for (int r = 0; r < 2; r++) {
                    RunKey key = new RunKey("real", r, RandomStreams.runSeed(plan.sweepSeed(), r));
                    var values = EvidenceRegistry.builtIn().values(spec, key.runSeed());
                    List<PairedEffect> pairs = PairedEffects.pair(r, key.runSeed(),
                            runner.runArm(spec, key, Arm.TREATMENT, values).outcomes(),
                            runner.runArm(spec, key, Arm.BAU, values).outcomes());
                    for (PairedEffect e : pairs) {
                        EffectKey k = e.key();
                        if (k.grade() == Outcome.ALL_GRADES) {
                            csv.printRecord("real", p.index(), r, key.runSeed(), k.year(), k.gradeLabel(),
                                    k.subject().label(), k.group().label(), k.measure().label(), k.measure().unit(),
                                    fixed(e.treatment()), fixed(e.bau()), fixed(e.effect()));
                        }
                    }
                }
            }
        }
        SyntheticSweep.writeDesign(tmp.resolve("design.csv"), "real", plan.factors(), plan.points());

        List<String> files = SweepAnalysis.writeAll(tmp, plan, ReportProvenance.of(plan,
                SweepAnalysisTest.ENV, SweepAnalysisTest.CREATED));

        assertTrue(files.containsAll(List.of("summary.csv", "effects_by_component.csv", "equity.csv",
                "effect_by_point_math.png", "cost_effect_reading.svg", "report.html")), files.toString());
        List<String> summary = Files.readAllLines(tmp.resolve("summary.csv"));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("real,1,blended_learning,1,all,math,all,achievement,")));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("real,0,none,1,all,all,all,attendance_rate,")));
        String main = Files.readAllLines(tmp.resolve("effects_by_component.csv")).stream()
                .filter(l -> l.startsWith("real,blended_learning,main,achievement,SD units vs national norm,math,all,all,1,"))
                .findFirst().orElseThrow();
        assertEquals(2, Integer.parseInt(main.substring(main.lastIndexOf(',') + 1)));
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
