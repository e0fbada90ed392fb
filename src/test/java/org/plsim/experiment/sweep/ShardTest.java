package org.plsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shards stripe the runs: together they take every run once, each its {@code runs()} of them. */
class ShardTest {
    @Test
    void shardsPartitionTheRuns_stripedOverPoints() {
        int points = 3;
        int replicates = 5;
        for (int n = 1; n <= 7; n++) {
            Set<SweepKey> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Shard s = new Shard(i, n);
                int mine = 0;
                for (int r = 0; r < replicates; r++) {
                    for (int p = 0; p < points; p++) {
                        SweepKey k = new SweepKey(p, r);
                        if (s.contains(k, points)) {
                            assertTrue(seen.add(k), "one shard per run");
                            mine++;
                        }
                    }
                }
                assertEquals(s.runs(points, replicates), mine, s.label());
            }
            assertEquals(points * replicates, seen.size());
        }
        assertTrue(new Shard(1, 3).contains(new SweepKey(1, 0), 3) && new Shard(1, 3).contains(new SweepKey(0, 1), 4),
                "index = replicate × points + point");
    }

    @Test
    void parse_readsIOfN_andAutoFromTheSchedulersArrayIndex() {
        assertEquals(new Shard(2, 8), Shard.parse("2/8", Map.of()));
        assertEquals(new Shard(5, 8), Shard.parse("auto/8", Map.of("SLURM_ARRAY_TASK_ID", "5")));
        assertEquals(new Shard(1, 4), Shard.parse("auto/4", Map.of("PBS_ARRAY_INDEX", "1")));
        assertEquals(new Shard(3, 4), Shard.parse("auto/4", Map.of("JOB_COMPLETION_INDEX", "3",
                "SLURM_ARRAY_TASK_COUNT", "1")), "the count comes from the command line, never the scheduler");
    }

    @Test
    void parse_refusesWhatIsNotAShard_sayingWhatIsAllowed() {
        for (String bad : new String[] {"8/8", "-1/4", "3", "a/b", "1/0", "1/2/3", "auto"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad, Map.of()));
            assertTrue(e.getMessage().contains("allowed"), bad + ": " + e.getMessage());
        }
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Shard.parse("auto/8", Map.of()));
        assertTrue(none.getMessage().contains("SLURM_ARRAY_TASK_ID"), none.getMessage());
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> Shard.parse("auto/8", Map.of("SGE_TASK_ID", "8")));
        assertTrue(beyond.getMessage().contains("8/8"), beyond.getMessage());
    }
}
