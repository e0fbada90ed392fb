package org.plsim.experiment.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a site sets once for its cluster (a {@code key = value} file, {@code #} comments): the lines that make Java
 * available in a job ({@code setup}, e.g. {@code module load java/17}, may be given on several lines), the
 * partition and account to charge, and limits.
 *
 * @param setup        shell lines run first in every job script (the site's module line); may be empty
 * @param partition    {@code --partition}; null for the site's default
 * @param account      {@code --account}; null for the user's default
 * @param cpusPerTask  CPUs each array task asks for (threads of its shard)
 * @param taskMinutes  minutes of work each array task is planned to get
 * @param maxArraySize the most tasks the site allows in one array (Slurm's MaxArraySize, often about 1,000)
 * @param maxParallel  the most tasks running at once ({@code %K} of {@code --array}); 0 for no limit
 * @param plsim        the command that starts PLSim in a job; null for the launcher PLSim was started by
 */
public record ClusterSettings(List<String> setup, String partition, String account, int cpusPerTask,
                              int taskMinutes, int maxArraySize, int maxParallel, String plsim) {
    /** Four CPUs a task: most cluster nodes have several times that, so tasks find room soon. ASSUMPTION (1-32). */
    public static final int DEFAULT_CPUS = 4;
    /**
     * Fifteen minutes of work a task: a task costs about 8 s to start (DISTRIBUTED.md, measured), so this keeps
     * starting under 1% of the work, yet a lost task costs little to redo. ASSUMPTION (5-120 minutes).
     */
    public static final int DEFAULT_TASK_MINUTES = 15;
    /** Slurm's own default MaxArraySize is 1,001 (indices 0-1000); many sites keep it. */
    public static final int DEFAULT_MAX_ARRAY = 1000;
    public static final ClusterSettings DEFAULTS = new ClusterSettings(List.of(), null, null, DEFAULT_CPUS,
            DEFAULT_TASK_MINUTES, DEFAULT_MAX_ARRAY, 0, null);
    /** The keys a settings file may hold, with what each takes. */
    public static final Map<String, String> KEYS = keys();

    public ClusterSettings {
        setup = List.copyOf(setup);
        check(cpusPerTask >= 1 && cpusPerTask <= 1024, "cpus_per_task", cpusPerTask, "1 to 1024 CPUs");
        check(taskMinutes >= 1 && taskMinutes <= 10_080, "task_minutes", taskMinutes, "1 to 10080 minutes");
        check(maxArraySize >= 1, "max_array_size", maxArraySize, "a whole number of tasks of at least 1");
        check(maxParallel >= 0, "max_parallel", maxParallel, "0 (no limit) or more tasks");
    }

    /**
     * The settings in a file's lines, over the defaults.
     *
     * @param file the file's name, for messages
     * @throws IllegalArgumentException naming the file, line and key, what was found and what is allowed
     */
    public static ClusterSettings parse(List<String> lines, String file) {
        List<String> setup = new ArrayList<>();
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            String where = file + ":" + (i + 1) + ": ";
            if (eq < 0 || !KEYS.containsKey(key)) {
                throw new IllegalArgumentException(where + key + ": found " + (eq < 0 ? "no '='" : "an unknown key")
                        + ", allowed: key = value with a key of " + String.join(", ", KEYS.keySet()));
            }
            String value = line.substring(eq + 1).strip();
            if (key.equals("setup")) {
                setup.add(value);
            } else {
                v.put(key, value);
            }
            try {
                of(setup, v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return of(setup, v);
    }

    private static ClusterSettings of(List<String> setup, Map<String, String> v) {
        return new ClusterSettings(setup, v.get("partition"), v.get("account"),
                number(v, "cpus_per_task", DEFAULT_CPUS), number(v, "task_minutes", DEFAULT_TASK_MINUTES),
                number(v, "max_array_size", DEFAULT_MAX_ARRAY), number(v, "max_parallel", 0), v.get("plsim"));
    }

    /** These settings with {@code cpus} CPUs a task (an option given on the command line). */
    public ClusterSettings withCpus(int cpus) {
        return new ClusterSettings(setup, partition, account, cpus, taskMinutes, maxArraySize, maxParallel, plsim);
    }

    private static int number(Map<String, String> v, String key, int fallback) {
        String s = v.get(key);
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": found '" + s + "', allowed: " + KEYS.get(key));
        }
    }

    private static void check(boolean ok, String key, int found, String allowed) {
        if (!ok) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: found %d, allowed: %s", key, found,
                    allowed));
        }
    }

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("setup", "a shell line run first in each job, e.g. module load java/17 (repeat the key for more)");
        k.put("partition", "the partition to submit to (sbatch --partition)");
        k.put("account", "the account to charge (sbatch --account)");
        k.put("cpus_per_task", "1 to 1024 CPUs (default " + DEFAULT_CPUS + ")");
        k.put("task_minutes", "1 to 10080 minutes of work a task (default " + DEFAULT_TASK_MINUTES + ")");
        k.put("max_array_size", "the site's most tasks in one array (default " + DEFAULT_MAX_ARRAY + ")");
        k.put("max_parallel", "0 (no limit) or the most tasks running at once");
        k.put("plsim", "the command that starts PLSim in a job (default: the launcher that ran plan)");
        return Collections.unmodifiableMap(k);
    }
}
