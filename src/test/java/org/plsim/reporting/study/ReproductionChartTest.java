package org.plsim.reporting.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.plsim.analysis.MeanEstimate;
import org.plsim.io.input.ScenarioReader;
import org.plsim.study.Reproduction;
import org.plsim.study.StudyScenario;

/** The reproductions chart has an axis for every outcome kind: SD units on the left, shares on the right. */
class ReproductionChartTest {
    private static Reproduction made(String file, double... values) throws Exception {
        StudyScenario s = new ScenarioReader().readStudy(Path.of("scenarios/studies/" + file));
        return new Reproduction(s.spec(), s.study(), MeanEstimate.of(values), values[0], values[values.length - 1],
                values);
    }

    private static int group(XYChart chart, String series) {
        XYSeries s = chart.getSeriesMap().get(series);
        return s.getYAxisGroup();
    }

    @Test
    void rateStudiesAlone_getTheirOwnAxis() throws Exception {
        XYChart chart = ReproductionChart.of(List.of(made("schneider-2017-college-ambition.yaml", 0.03, 0.04, 0.05)));

        assertEquals("PLSim vs published studies (1 studies: 1 as shares of students)", chart.getTitle());
        assertEquals("Result (share of students, 0-1)", chart.getYAxisTitle());
        assertEquals(0, group(chart, "published estimate with its interval"));
    }

    @Test
    void sdAndRateStudies_shareTheChart_onTwoAxes() throws Exception {
        XYChart chart = ReproductionChart.of(List.of(made("cristia-2017-olpc-peru.yaml", -0.01, 0.0, 0.01),
                made("schneider-2017-college-ambition.yaml", 0.03, 0.04, 0.05)));

        assertEquals("PLSim vs published studies (2 studies: 1 in SD units, left axis; 1 as shares of students, "
                + "right axis)", chart.getTitle());
        assertEquals(0, group(chart, "published estimate with its interval (SD, left axis)"));
        assertEquals(1, group(chart, "published estimate with its interval (share, right axis)"));
        assertEquals("Result (share of students, 0-1)", chart.getYAxisGroupTitle(1));
        assertEquals(2, ReproductionChart.shown(List.of(made("cristia-2017-olpc-peru.yaml", 0, 0),
                made("schneider-2017-college-ambition.yaml", 0, 0))).size());
    }

    @Test
    void aStudyInCreditHours_isLeftOffTheChart_soTheShareAxisKeepsItsScale() throws Exception {
        List<Reproduction> rows = List.of(made("schneider-2017-college-ambition.yaml", 0.03, 0.04, 0.05),
                made("edmunds-2017-early-college-credits.yaml", 15, 16, 17));
        assertEquals(1, ReproductionChart.shown(rows).size());
        assertEquals("PLSim vs published studies (1 studies: 1 as shares of students)",
                ReproductionChart.of(rows).getTitle());
    }
}
