package org.plsim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

/**
 * The machine and JVM a benchmark ran on: numbers mean little without them. The load average (the OS's
 * one-minute figure, as {@code uptime} prints) shows whether other work shared the cores.
 */
public record Environment(String jvm, int processors, long maxHeapBytes, String collectors, double loadAtStart,
                          double loadAtEnd) {

    public static Environment probe() {
        Runtime rt = Runtime.getRuntime();
        String jvm = System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + ")";
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        double load = load();
        return new Environment(jvm, rt.availableProcessors(), rt.maxMemory(), gcs, load, load);
    }

    /** The same environment with the load average read again now, at the end of the benchmark. */
    public Environment atEnd() {
        return new Environment(jvm, processors, maxHeapBytes, collectors, loadAtStart, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
