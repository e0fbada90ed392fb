package org.plsim.experiment.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a sweep's array asks a scheduler for, and why: shards (array tasks), CPUs, time and memory per task.
 *
 * <p>Shards give each task about {@link ClusterSettings#taskMinutes()} of work on its CPUs, as the sweep estimate
 * reckons it, within the site's array size and never more shards than runs. Time is three times a task's estimated
 * wall time plus its start-up (at least 10 min): the estimate tells minutes from days, no better, and a task that
 * runs out of time only resumes when resubmitted. Memory is the heap the largest district needs with one arm
 * running per CPU, a quarter more, plus {@value #JVM_OVERHEAD_MIB} MiB for the JVM outside its heap.
 *
 * @param shards      array tasks, the {@code n} of {@code --shard auto/n}
 * @param cpusPerTask CPUs (threads) a task
 * @param timeMinutes time limit a task, minutes
 * @param heapMib     {@code -Xmx} a task, MiB
 * @param memoryMib   {@code --mem} a task, MiB
 * @param reasons     one line per choice, saying why
 */
public record ClusterPlan(int shards, int cpusPerTask, int timeMinutes, int heapMib, int memoryMib,
                          List<String> reasons) {
    /** Seconds an array task costs before its first run (JVM, reading, fingerprint): 7-8 s measured on Slurm. */
    public static final double TASK_START_SECONDS = 8;
    /** MiB a JVM takes beyond its heap (code, metaspace, threads' stacks, GC). ASSUMPTION (256-1024 MiB). */
    public static final int JVM_OVERHEAD_MIB = 512;

    public ClusterPlan {
        reasons = List.copyOf(reasons);
    }

    /**
     * The plan for a sweep.
     *
     * @param sweep  its size and estimated work
     * @param site   the site's settings
     * @param shards the shard count asked for; 0 to choose
     */
    public static ClusterPlan of(SweepSize sweep, ClusterSettings site, int shards) {
        List<String> why = new ArrayList<>();
        int cpus = (int) Math.max(1, Math.min(site.cpusPerTask(), 2 * sweep.runs()));
        why.add(String.format(Locale.ROOT, "--cpus-per-task=%d: %s", cpus, cpus < site.cpusPerTask()
                ? "two arms for each of the sweep's " + sweep.runs() + " paired runs; more CPUs would idle"
                : "cpus_per_task (default " + ClusterSettings.DEFAULT_CPUS + ", or the site's settings)"));
        long most = Math.min(sweep.runs(), site.maxArraySize());
        double taskSeconds = site.taskMinutes() * 60.0 * cpus;
        int n = shards > 0 ? shards : (int) Math.max(1, Math.min(most, Math.ceil(sweep.cpuSeconds() / taskSeconds)));
        why.add(String.format(Locale.ROOT, "%s: %s", n == 1 ? "1 shard (array task 0)" : n + " shards (array tasks 0-"
                + (n - 1) + ")", shards > 0 ? "as asked"
                : String.format(Locale.ROOT, "%s of runs at about %s CPU-s each (%s) in tasks of about %d min on "
                        + "%d CPUs; at most %,d (the %,d paired runs, and max_array_size %,d)",
                duration(sweep.cpuSeconds()), seconds(sweep.cpuSeconds() / Math.max(1, sweep.runs())),
                sweep.basis(), site.taskMinutes(), cpus, most, sweep.runs(), site.maxArraySize())));
        double wall = sweep.cpuSeconds() / ((double) n * cpus) + TASK_START_SECONDS;
        int minutes = (int) Math.max(10, Math.ceil(3 * wall / 60));
        why.add(String.format(Locale.ROOT, "--time=%s: 3 × a task's estimated %s (its share of the runs, plus about "
                + "%.0f s to start), at least 10 min; a task that runs out of time keeps its finished runs and "
                + "resumes when resubmitted", time(minutes), duration(wall), TASK_START_SECONDS));
        long heapBytes = (long) ((sweep.heapBaseBytes() + sweep.heapBytesPerArm() * cpus) * 1.25);
        int heap = (int) Math.max(512, roundUp(heapBytes >> 20, 256));
        int memory = (int) roundUp(heap + JVM_OVERHEAD_MIB, 256);
        why.add(String.format(Locale.ROOT, "--mem=%dM: a heap of %,d MiB (-Xmx%dm: the largest district, %,d "
                + "students, × %d arms at once, a quarter more, at least 512 MiB) plus %d MiB for the JVM itself",
                memory, heap, heap, sweep.largestStudents(), cpus, JVM_OVERHEAD_MIB));
        return new ClusterPlan(n, cpus, minutes, heap, memory, why);
    }

    /** The time limit as Slurm writes it: {@code HH:MM:00}, or {@code D-HH:MM:00} from a day. */
    public String time() {
        return time(timeMinutes);
    }

    static String time(int minutes) {
        int days = minutes / 1440;
        String hm = String.format(Locale.ROOT, "%02d:%02d:00", minutes % 1440 / 60, minutes % 60);
        return days > 0 ? days + "-" + hm : hm;
    }

    private static long roundUp(long value, long step) {
        return (value + step - 1) / step * step;
    }

    private static String seconds(double s) {
        return s < 10 ? String.format(Locale.ROOT, "%.2f", s) : String.format(Locale.ROOT, "%,.0f", s);
    }

    /** CPU time as a person says it: 40 CPU-s, 12 CPU-min, 3.5 CPU-hours. */
    private static String duration(double s) {
        return s < 90 ? String.format(Locale.ROOT, "%.0f s", s) : s < 5400
                ? String.format(Locale.ROOT, "%.0f min", s / 60) : String.format(Locale.ROOT, "%.1f hours", s / 3600);
    }
}
