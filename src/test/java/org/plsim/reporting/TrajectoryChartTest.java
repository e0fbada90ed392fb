package org.plsim.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.PairedEffect;
import org.plsim.analysis.PairedEffects;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class TrajectoryChartTest {
    @TempDir
    Path tmp;

    private static List<EffectSummary> summaries(int replicates) {
        List<PairedEffect> effects = new java.util.ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            List<Outcome> plan = new java.util.ArrayList<>();
            List<Outcome> bau = new java.util.ArrayList<>();
            for (int year = 0; year <= 2; year++) {
                for (Subject s : Subject.TESTED) {
                    double base = -0.2 + 0.01 * r;
                    plan.add(new Outcome(year, Outcome.ALL_GRADES, s, Subgroup.ALL, Measure.ACHIEVEMENT,
                            base + 0.1 * year, 900));
                    bau.add(new Outcome(year, Outcome.ALL_GRADES, s, Subgroup.ALL, Measure.ACHIEVEMENT, base, 900));
                }
            }
            effects.addAll(PairedEffects.pair(r, r, plan, bau));
        }
        return EffectSummaries.of(effects);
    }

    @Test
    void showsBothArmsInBothSubjects_withABandPerArm_andNamesTheReplicates() {
        XYChart chart = TrajectoryChart.of("quickstart", summaries(3));

        assertTrue(chart.getTitle().contains("quickstart") && chart.getTitle().contains("3 paired replicates"));
        assertEquals("School year of the grant (0 = baseline fall)", chart.getXAxisTitle());
        assertEquals("Mean achievement (SD units vs national norm)", chart.getYAxisTitle());
        var names = chart.getSeriesMap().keySet();
        assertTrue(names.containsAll(List.of("Math, grant", "Math, business as usual", "Reading, grant",
                "Reading, business as usual", "95% CI (3 replicates)")), names.toString());
        assertArrayEquals(new double[] {0, 1, 2}, chart.getSeriesMap().get("Math, grant").getXData());
        assertEquals(2 * 2 + 4 + 1, names.size());
    }

    @Test
    void oneReplicate_drawsNoBand_andSaysWhy() {
        XYChart chart = TrajectoryChart.of("quickstart", summaries(1));

        assertEquals(4, chart.getSeriesMap().size());
        assertTrue(chart.getTitle().contains("no interval"));
    }

    @Test
    void writesAPngAndAnSvg() throws IOException {
        Path png = tmp.resolve("t.png");
        Path svg = tmp.resolve("t.svg");

        TrajectoryChart.write(TrajectoryChart.of("quickstart", summaries(3)), png, svg);

        byte[] magic = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, magic);
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"));
        assertFalse(text.isBlank());
    }
}
