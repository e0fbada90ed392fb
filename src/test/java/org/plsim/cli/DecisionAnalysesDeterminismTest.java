package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.csv.CeacCsv;
import org.plsim.io.csv.CostRatioCsv;
import org.plsim.io.csv.EvppiCsv;
import org.plsim.io.csv.PrimCsv;

/**
 * Scenario discovery, acceptability and value of information give the same bytes whatever the thread count and
 * shard split of the sweep they read: one sweep run on one thread, the same sweep on two threads as two shards
 * merged, then {@code discover}, {@code ceac} and {@code voi} on each folder.
 */
class DecisionAnalysesDeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void oneThreadAndTwoMergedShards_giveTheSameAnalyses() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: tiny blended district
                years: 1
                district:
                  name: Tiny
                  schools:
                    - {name: middle, count: 1, grades: 6-8, students_per_grade: 20}
                components:
                  blended_learning:
                    rollout: {grades: 6-8}
                """);
        Path file = Files.writeString(tmp.resolve("dosage.yaml"), """
                title: three dosages, evidence drawn
                base: base.yaml
                replicates: 6
                set:
                  uncertainty: evidence
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [45, 90, 180]}
                outputs:
                  measures: [achievement, cost_per_student]
                  subgroups: [all]
                """);
        Path whole = tmp.resolve("whole");
        Path split = tmp.resolve("split");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", whole.toString(), "--threads", "1",
                "--quiet"));
        for (String shard : List.of("0/2", "1/2")) {
            assertEquals(0, Main.execute("sweep", file.toString(), "--out", split.toString(), "--threads", "2",
                    "--shard", shard, "--quiet"));
        }
        assertEquals(0, InProcessCli.run("merge", split.toString()).exit());
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(split.resolve("runs.csv")));
        for (Path folder : List.of(whole, split)) {
            InProcessCli discover = InProcessCli.run("discover", folder.toString(), "--where",
                    "effect.year1.math >= 0.02");
            assertEquals(0, discover.exit(), discover.said());
            InProcessCli ceac = InProcessCli.run("ceac", folder.toString(), "--outcome", "effect.year1.math");
            assertEquals(0, ceac.exit(), ceac.said());
            InProcessCli voi = InProcessCli.run("voi", folder.toString(), "--sweep", file.toString(), "--wtp", "1000");
            assertEquals(0, voi.exit(), voi.said());
        }
        for (String csv : List.of(PrimCsv.TRAJECTORY, PrimCsv.BOX, CeacCsv.FILE, CostRatioCsv.FILE, EvppiCsv.FILE)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(csv)), Files.readAllBytes(split.resolve(csv)), csv);
        }
    }
}
