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
import org.plsim.testing.TinyDosageSweep;

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
        Path file = TinyDosageSweep.write(tmp, "dosage.yaml", "evidence", 6, 45, 90, 180);
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
