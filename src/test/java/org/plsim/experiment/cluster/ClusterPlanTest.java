package org.plsim.experiment.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterPlanTest {
    private static final long MIB = 1L << 20;

    private static SweepSize size(long runs, double cpuSeconds, long students) {
        return new SweepSize(runs, cpuSeconds, "as recorded", students, 64 * MIB, students * 100);
    }

    @Test
    void tenCpuHours_goToTasksOfAboutFifteenMinutesOnFourCpus() {
        ClusterPlan plan = ClusterPlan.of(size(1_000, 10 * 3600, 7_290), ClusterSettings.DEFAULTS, 0);
        assertEquals(10, plan.shards(), "36,000 CPU-s / (15 min × 4 CPUs)");
        assertEquals(4, plan.cpusPerTask());
        assertEquals("00:46:00", plan.time(), "3 × (900 s of runs + 8 s to start), rounded up to minutes");
        assertEquals(512, plan.heapMib(), "a small district gets the 512 MiB floor");
        assertEquals(1024, plan.memoryMib(), "heap + 512 MiB for the JVM");
        assertEquals(4, plan.reasons().size());
        assertTrue(plan.reasons().get(1).startsWith("10 shards (array tasks 0-9)"), plan.reasons().get(1));
    }

    @Test
    void shards_neverExceedTheRunsNorTheSitesArraySize() {
        assertEquals(3, ClusterPlan.of(size(3, 1e7, 100), ClusterSettings.DEFAULTS, 0).shards());
        ClusterSettings small = ClusterSettings.parse(List.of("max_array_size = 50"), "site.conf");
        ClusterPlan capped = ClusterPlan.of(size(100_000, 1e7, 100), small, 0);
        assertEquals(50, capped.shards());
        assertEquals("1-17:41:00", capped.time(), "3 × (1e7 CPU-s / (50 tasks × 4 CPUs) + 8 s): D-HH:MM:SS");
    }

    @Test
    void aTinySweep_asksForNoMoreCpusThanItsArmsAndTenMinutesAtLeast() {
        ClusterPlan plan = ClusterPlan.of(size(1, 0.5, 30), ClusterSettings.DEFAULTS, 0);
        assertEquals(2, plan.cpusPerTask(), "one paired run is two arms");
        assertEquals(1, plan.shards());
        assertEquals("00:10:00", plan.time());
    }

    @Test
    void memory_followsTheLargestDistrictTimesTheArmsAtOnce() {
        ClusterPlan plan = ClusterPlan.of(size(100, 3600, 1_000_000), ClusterSettings.DEFAULTS.withCpus(4), 0);
        // (64 MiB + 1,000,000 × 100 B × 4 arms) × 1.25 = 557 MiB, rounded up to 768 MiB
        assertEquals(768, plan.heapMib());
        assertEquals(1280, plan.memoryMib());
    }

    @Test
    void shardsAsked_areKept() {
        assertEquals(7, ClusterPlan.of(size(1_000, 10, 100), ClusterSettings.DEFAULTS, 7).shards());
    }

    @Test
    void settings_readEveryKey_andSetupLinesInOrder() {
        ClusterSettings s = ClusterSettings.parse(List.of("# site", "setup = module purge",
                "setup = module load java/17", "partition = short", "account = edu-123", "cpus_per_task = 8",
                "max_parallel = 20", "plsim = /shared/plsim/plsim"), "site.conf");
        assertEquals(List.of("module purge", "module load java/17"), s.setup());
        assertEquals("short", s.partition());
        assertEquals("edu-123", s.account());
        assertEquals(8, s.cpusPerTask());
        assertEquals(20, s.maxParallel());
        assertEquals("/shared/plsim/plsim", s.plsim());
    }

    @Test
    void badSettings_nameTheFileLineAndKey() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ClusterSettings.parse(List.of("partition = a", "partiton = b"), "site.conf"));
        assertTrue(unknown.getMessage().startsWith("site.conf:2: partiton: found an unknown key, allowed:"),
                unknown.getMessage());
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> ClusterSettings.parse(List.of("cpus_per_task = four"), "site.conf"));
        assertTrue(notANumber.getMessage().startsWith("site.conf:1: cpus_per_task: found 'four', allowed: 1 to 1024"),
                notANumber.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> ClusterSettings.parse(List.of("", "task_minutes = 0"), "site.conf"));
        assertEquals("site.conf:2: task_minutes: found 0, allowed: 1 to 10080 minutes", zero.getMessage());
    }

    @Test
    void theArrayScript_bakesInTheShardCountAndResumes() {
        ClusterSettings site = ClusterSettings.parse(List.of("setup = module load java/17", "partition = short",
                "max_parallel = 8"), "site.conf");
        ClusterPlan plan = ClusterPlan.of(size(1_000, 10 * 3600, 7_290), site, 0);
        JobScripts scripts = new JobScripts(plan, site, "/p/plsim", "/p/s.yaml", "/r/x", "/r/x/cluster/logs", "plsim-x");
        String array = scripts.array();
        assertTrue(array.contains("#SBATCH --array=0-9%8\n"), array);
        assertTrue(array.contains("#SBATCH --partition=short\n#") && array.contains("#SBATCH --requeue\n"), array);
        assertTrue(array.contains("#SBATCH --output=/r/x/cluster/logs/shard-%a-job-%A.out\n"), array);
        assertTrue(array.indexOf("module load java/17") < array.indexOf("exec /p/plsim sweep /p/s.yaml --out /r/x "
                + "--shard auto/10 --threads \"${SLURM_CPUS_PER_TASK:-4}\" --resume --quiet"), array);
        String merge = scripts.merge();
        assertTrue(merge.contains("exec /p/plsim merge /r/x\n") && !merge.contains("--array"), merge);
    }
}
