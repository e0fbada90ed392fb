package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.testing.SelfContainedHtml;

/**
 * A small real sweep from the command line, end to end: a 2 × 2 factorial of blended-learning dosage and
 * fidelity on a small district, through the sweep file reader, the runner, the merge and the analysis —
 * every output is written, and one thread or two give byte-identical tables.
 */
class SweepEndToEndTest {
    @TempDir
    Path tmp;

    private Path sweepFile() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: small blended district
                years: 2
                replicates: 2
                district:
                  name: Small
                  schools:
                    - {name: elementary, count: 2, grades: K-5, students_per_grade: 30}
                    - {name: middle, count: 1, grades: 6-8, students_per_grade: 60}
                components:
                  blended_learning:
                    rollout: {grades: 3-8}
                """);
        return Files.writeString(tmp.resolve("small-sweep.yaml"), """
                title: dosage x fidelity, small
                base: base.yaml
                replicates: 2
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [45, 180]}
                  components.blended_learning.fidelity.peak: {levels: [0.6, 1.0]}
                outputs:
                  measures: [achievement, aligned_mastery, cost_per_student]
                  subgroups: [all, low_income, not_low_income, english_learner, disability, prior_q1, prior_q4]
                """);
    }

    @Test
    void aSmallSweep_writesEveryOutput_andTheThreadCountChangesNoTable() throws IOException {
        Path file = sweepFile();
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", one.toString(), "--threads", "1", "--quiet"));
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", two.toString(), "--threads", "2", "--quiet"));
        for (String f : List.of("runs.csv", "design.csv", "summary.csv", "equity.csv", "factor_effects.csv",
                "manifest.json", "report.html", "effect_by_point_math.png", "effect_by_point_math.svg",
                "trajectories_math.png", "heatmap_math.png", "heatmap_math.svg", "cost_effect_math.png",
                "equity_math.png", "ranking_math.png")) {
            assertTrue(Files.size(one.resolve(f)) > 0, f);
        }
        for (String f : List.of("runs.csv", "design.csv", "summary.csv", "equity.csv", "factor_effects.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        assertEquals(5, Files.readAllLines(one.resolve("design.csv")).size(), "header and 4 points");
        String report = Files.readString(one.resolve("report.html"));
        assertTrue(report.contains("dosage x fidelity, small") && !SelfContainedHtml.hasAddress(report),
                "self-contained report");
        // A second run into the same folder is refused, and leaves the folder as it was.
        byte[] runs = Files.readAllBytes(one.resolve("runs.csv"));
        assertEquals(2, Main.execute("sweep", file.toString(), "--out", one.toString(), "--quiet"));
        assertArrayEquals(runs, Files.readAllBytes(one.resolve("runs.csv")));
    }

    @Test
    void twoFactorsEndingAlike_stillGetASummaryAndAReport() throws IOException {
        // their labels cut to the same 24 characters once made two chart series of one name
        Files.writeString(tmp.resolve("base.yaml"), """
                title: small two-component district
                years: 1
                replicates: 2
                district:
                  name: Small
                  schools:
                    - {name: middle, count: 1, grades: 6-8, students_per_grade: 20}
                components:
                  blended_learning:
                    rollout: {grades: 6-8}
                  learning_plans:
                    rollout: {grades: 6-8}
                """);
        Path file = Files.writeString(tmp.resolve("collide.yaml"), """
                title: two fidelity starts
                base: base.yaml
                replicates: 2
                design: factorial
                factors:
                  components.blended_learning.fidelity.start: {levels: [0.4, 0.6]}
                  components.learning_plans.fidelity.start: {levels: [0.4, 0.6]}
                outputs:
                  measures: [achievement, cost_per_student]
                  subgroups: [all]
                """);
        Path out = tmp.resolve("collide");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        assertTrue(Files.size(out.resolve("summary.csv")) > 0);
        assertTrue(Files.size(out.resolve("report.html")) > 0);
        assertTrue(Files.exists(out.resolve("effect_by_point_math.png")), "the charts that once failed are drawn");
    }

    @Test
    void aLargeSweep_unattendedWithoutYes_isRefused_sayingItsRunsAndTime_andNothingIsWritten() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: one tiny school
                years: 1
                district:
                  name: Tiny
                  schools:
                    - {name: elementary, count: 1, grades: K-1, students_per_grade: 5}
                """);
        Path file = Files.writeString(tmp.resolve("large.yaml"), """
                title: many replicates of a tiny school
                base: base.yaml
                replicates: 10000
                design: factorial
                factors:
                  district.low_income_share: {levels: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]}
                """);
        Path out = tmp.resolve("large");
        java.io.StringWriter said = new java.io.StringWriter();
        picocli.CommandLine cli = Main.commandLine();
        cli.setOut(new java.io.PrintWriter(said, true));
        cli.setErr(new java.io.PrintWriter(said, true));

        assertEquals(2, cli.execute("sweep", file.toString(), "--out", out.toString()), said.toString());

        assertTrue(said.toString().contains("Reading " + file + ": expanding the design"), said.toString());
        assertTrue(said.toString().contains("Sweep large: 6 points × 10,000 replicates × 2 arms = 120,000 arm runs"),
                said.toString());
        assertTrue(said.toString().contains(file + ": this sweep is large (120,000 arm runs, more than 100,000; "),
                said.toString());
        assertTrue(said.toString().contains("add --yes"), said.toString());
        assertTrue(!Files.exists(out), "nothing written");
    }
}
