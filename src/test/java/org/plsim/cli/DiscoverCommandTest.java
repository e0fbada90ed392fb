package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.sweep.CostRatioInterval;
import org.plsim.io.csv.CeacCsv;
import org.plsim.io.csv.CostRatioCsv;
import org.plsim.io.csv.PrimCsv;

/**
 * {@code plsim discover} and {@code plsim ceac} on one small real sweep's folder (one sweep for both, to keep the
 * test short), and the rule, outcome and folder mistakes they refuse.
 */
class DiscoverCommandTest {
    @TempDir
    Path tmp;

    private Path sweep() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: small blended district
                years: 1
                replicates: 2
                district:
                  name: Small
                  schools:
                    - {name: elementary, count: 1, grades: 3-5, students_per_grade: 40}
                components:
                  blended_learning:
                    rollout: {grades: 3-5}
                """);
        Path file = Files.writeString(tmp.resolve("dosage.yaml"), """
                title: dosage, small
                base: base.yaml
                replicates: 2
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [0, 60, 120, 240]}
                outputs:
                  measures: [achievement, cost_per_student]
                  subgroups: [all]
                """);
        Path out = tmp.resolve("sweep");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", out.toString(), "--threads", "1", "--quiet"));
        return out;
    }

    @Test
    void aFinishedSweep_getsItsPrimBoxAndAcceptabilityCurves_andTheSameRunsGiveTheSameBytes() throws IOException {
        Path folder = sweep();
        InProcessCli first = InProcessCli.run("discover", folder.toString(), "--where", "effect.year1.math > 0",
                "--cost-max", "100000");
        assertEquals(0, first.exit(), first.said());
        assertTrue(first.said().contains("runs pass"), first.said());
        byte[] trajectory = Files.readAllBytes(folder.resolve(PrimCsv.TRAJECTORY));
        byte[] box = Files.readAllBytes(folder.resolve(PrimCsv.BOX));
        assertTrue(Files.size(folder.resolve("prim-tradeoff.svg")) > 0);
        List<String> rows = Files.readAllLines(folder.resolve(PrimCsv.BOX));
        assertEquals(String.join(",", PrimCsv.BOX_COLUMNS), rows.get(0));
        assertEquals(2, rows.size(), "one factor, one row");
        assertTrue(rows.get(1).contains("components.blended_learning.adaptive_minutes_per_week.math"));
        assertEquals(String.join(",", PrimCsv.TRAJECTORY_COLUMNS),
                Files.readAllLines(folder.resolve(PrimCsv.TRAJECTORY)).get(0));

        assertEquals(0, InProcessCli.run("discover", folder.toString(), "--where", "effect.year1.math > 0",
                "--cost-max", "100000").exit());
        assertArrayEquals(trajectory, Files.readAllBytes(folder.resolve(PrimCsv.TRAJECTORY)));
        assertArrayEquals(box, Files.readAllBytes(folder.resolve(PrimCsv.BOX)));
        // a rule no run passes has no box: said so (not "coverage NaN"), exit 2, the earlier files kept
        InProcessCli none = InProcessCli.run("discover", folder.toString(), "--where", "effect.year1.math >= 5");
        assertEquals(2, none.exit(), none.said());
        assertTrue(none.said().contains("--where: no run of the ") && none.said().contains(" passes ")
                && none.said().contains("there is no box to find"), none.said());
        assertFalse(none.said().contains("NaN"), none.said());
        assertArrayEquals(trajectory, Files.readAllBytes(folder.resolve(PrimCsv.TRAJECTORY)));
        assertArrayEquals(box, Files.readAllBytes(folder.resolve(PrimCsv.BOX)));

        // a mistake exits 2, names the option and what is allowed, and leaves the earlier files as they were
        InProcessCli bad = InProcessCli.run("discover", folder.toString(), "--where", "effect.year1.math => 0.1");
        assertEquals(2, bad.exit(), bad.said());
        assertTrue(bad.said().contains("--where: found \"effect.year1.math => 0.1\", allowed: effect.year<N>"),
                bad.said());
        assertFalse(bad.said().contains("Exception"), bad.said());
        InProcessCli year = InProcessCli.run("discover", folder.toString(), "--where", "effect.year9.math >= 0.1");
        assertEquals(2, year.exit(), year.said());
        assertTrue(year.said().contains("--where: the sweep kept no math achievement for all students in year 9"),
                year.said());
        assertArrayEquals(trajectory, Files.readAllBytes(folder.resolve(PrimCsv.TRAJECTORY)));
        assertArrayEquals(box, Files.readAllBytes(folder.resolve(PrimCsv.BOX)));

        InProcessCli ceac = InProcessCli.run("ceac", folder.toString(), "--outcome", "effect.year1.math");
        assertEquals(0, ceac.exit(), ceac.said());
        List<String> curve = Files.readAllLines(folder.resolve(CeacCsv.FILE));
        assertEquals(String.join(",", CeacCsv.COLUMNS), curve.get(0));
        assertEquals(1 + 51 * 5, curve.size(), "51 thresholds × (business as usual + 4 plans)");
        assertTrue(curve.get(1).startsWith("dosage,effect.year1.math,0.000000,,business as usual,2,,"), curve.get(1));
        assertTrue(Files.size(folder.resolve("ceac.svg")) > 0);
        List<String> ratios = Files.readAllLines(folder.resolve(CostRatioCsv.FILE));
        assertEquals(String.join(",", CostRatioCsv.COLUMNS), ratios.get(0));
        assertEquals(5, ratios.size(), "header and 4 plans");
        assertTrue(ratios.get(4).endsWith("," + CostRatioInterval.SEED + "," + CostRatioInterval.RESAMPLES),
                ratios.get(4));
        byte[] ceacBytes = Files.readAllBytes(folder.resolve(CeacCsv.FILE));
        assertEquals(0, InProcessCli.run("ceac", folder.toString(), "--outcome", "effect.year1.math").exit());
        assertArrayEquals(ceacBytes, Files.readAllBytes(folder.resolve(CeacCsv.FILE)));
        InProcessCli badOutcome = InProcessCli.run("ceac", folder.toString(), "--outcome", "effect.year1.art");
        assertEquals(2, badOutcome.exit(), badOutcome.said());
        assertTrue(badOutcome.said().contains("--outcome: subject: found art, allowed: math, reading"),
                badOutcome.said());
        InProcessCli badMax = InProcessCli.run("ceac", folder.toString(), "--outcome", "effect.year1.math",
                "--wtp-max", "0");
        assertEquals(2, badMax.exit(), badMax.said());
        assertTrue(badMax.said().contains("--wtp-max: found 0.0, allowed: > 0"), badMax.said());
        assertArrayEquals(ceacBytes, Files.readAllBytes(folder.resolve(CeacCsv.FILE)));
    }

    @Test
    void aFolderThatIsNotAFinishedSweep_orABadShare_exits2_andWritesNothing() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        InProcessCli notSweep = InProcessCli.run("discover", empty.toString(), "--where", "effect.year1.math >= 0.1");
        assertEquals(2, notSweep.exit(), notSweep.said());
        assertTrue(notSweep.said().contains("not a finished sweep folder"), notSweep.said());
        InProcessCli alpha = InProcessCli.run("discover", empty.toString(), "--where", "effect.year1.math >= 0.1",
                "--alpha", "0");
        assertEquals(2, alpha.exit(), alpha.said());
        assertTrue(alpha.said().contains("--alpha: found 0.0, allowed: 0 < alpha < 1"), alpha.said());
        InProcessCli cost = InProcessCli.run("discover", empty.toString(), "--where", "effect.year1.math >= 0.1",
                "--cost-max", "-1");
        assertEquals(2, cost.exit(), cost.said());
        assertTrue(cost.said().contains("--cost-max: found -1.0, allowed: ≥ 0 dollars per student per year"), cost.said());
        try (Stream<Path> files = Files.list(empty)) {
            assertEquals(0, files.count());
        }
        // a damaged sweep.json is the user's folder, not a crash: exit 2 naming the file
        Files.writeString(empty.resolve("sweep.json"), "{not json");
        Files.writeString(empty.resolve("runs.csv"), "");
        InProcessCli damaged = InProcessCli.run("ceac", empty.toString(), "--outcome", "effect.year1.math");
        assertEquals(2, damaged.exit(), damaged.said());
        assertTrue(damaged.said().contains("sweep.json: not a readable sweep identity file"), damaged.said());
    }
}
