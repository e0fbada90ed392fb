package org.plsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap measurements from the JVM's own memory beans, two kinds:
 * <ul>
 *   <li>live heap after {@link System#gc()}: what objects still reachable occupy — the difference before
 *       and after building a model is what the model retains;</li>
 *   <li>peak heap: the sum over heap pools (eden, survivor, old) of each pool's peak use since
 *       {@link #resetPeaks()}. Pools peak at different moments, and eden holds garbage until a collection,
 *       so this is an upper bound on heap in use at any instant, and it depends on the collector and on
 *       {@code -Xmx}: with a large heap the JVM collects lazily and the peak grows.</li>
 * </ul>
 */
final class HeapProbe {
    private HeapProbe() {
    }

    /** Bytes of heap in use after two full collections. */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Collects, then restarts every heap pool's peak from its current use. */
    static void resetPeaks() {
        liveHeap();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak use since the last {@link #resetPeaks()}. */
    static long peakSum() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
