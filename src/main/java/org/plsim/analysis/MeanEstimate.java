package org.plsim.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean over replicates with its sample SD and two-sided Student-t confidence interval: as SSJ's Tally
 * does, no mean leaves without its uncertainty. Replicates are independent (each has its own run seed), so
 * the t interval over them is the honest one. With a single replicate there is no spread to estimate: the
 * SD and interval are NaN and {@link #hasInterval()} is false.
 *
 * <pre>{@code
 * MeanEstimate e = MeanEstimate.of(new double[] {0.1, 0.2, 0.3});
 * // e.mean() = 0.2, e.sd() = 0.1, e.ciLow() = 0.2 - 4.3027 * 0.1 / sqrt(3)
 * }</pre>
 */
public record MeanEstimate(int n, double mean, double sd, double ciLow, double ciHigh) {
    public static final double CONFIDENCE = 0.95;
    private static final Map<Integer, Double> T95 = new ConcurrentHashMap<>();

    /** The estimate with a 95% interval. */
    public static MeanEstimate of(double[] values) {
        return of(values, CONFIDENCE);
    }

    public static MeanEstimate of(double[] values, double confidence) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values to estimate a mean from");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanEstimate(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = tQuantile(n - 1, confidence) * sd / Math.sqrt(n);
        return new MeanEstimate(n, mean, sd, mean - half, mean + half);
    }

    /** Whether there were enough replicates (two or more) for an SD and an interval. */
    public boolean hasInterval() {
        return n >= 2;
    }

    /** Half the interval's width, {@code t * sd / sqrt(n)}; NaN without an interval. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    /**
     * The two-sided critical value of Student's t with {@code df} degrees of freedom. The 95% values are
     * cached: inverting the t distribution is a numerical search, and a run summarizes thousands of keys
     * with the same replicate count.
     */
    static double tQuantile(int df, double confidence) {
        if (confidence == CONFIDENCE) {
            return T95.computeIfAbsent(df, d -> tQuantileUncached(d, CONFIDENCE));
        }
        return tQuantileUncached(df, confidence);
    }

    private static double tQuantileUncached(int df, double confidence) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + confidence / 2);
    }
}
