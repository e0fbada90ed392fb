package org.plsim.model.random;

import java.util.SplittableRandom;

/**
 * Standard normal draws by Marsaglia and Tsang's ziggurat (128 layers), for the model's hot loops: the JDK's
 * {@code SplittableRandom.nextGaussian} is too large to inline and costs about 11 ns a draw on the bench
 * machine, where this one costs one {@code nextLong}, a table read and a multiply in 98.8% of draws
 * ({@link #next}, small enough to inline), and falls back to the exact wedge and tail tests ({@link #rest})
 * otherwise. Exact in distribution, up to the 2<sup>−56</sup> resolution of a layer's draw; draws only from the
 * generator it is given, so the same stream gives the same numbers. The tables use {@link StrictMath}, so they
 * are the same on every JVM; the slow path uses {@link Math#exp} and {@link Math#log}, the JVM's intrinsics
 * (StrictMath's {@code exp} there cost 4% of an all-four run's samples), as the absence chance already does.
 */
public final class Ziggurat {
    private static final int LAYERS = 128;
    /** Where the tail begins: the right edge of the base layer. */
    private static final double R = 3.442619855899;
    /** The area of each layer (and of the base layer with its tail). */
    private static final double AREA = 9.91256303526217e-3;
    /** 2^56: the draw's 57 high bits, signed, are a position in [−1, 1) of the layer's width. */
    private static final double SPAN = 0x1p56;
    /** {@code INNER[i]}: a scaled position below which layer i's point lies inside the layer above (no test). */
    private static final long[] INNER = new long[LAYERS];
    /** {@code WIDTH[i]}: layer i's right edge over {@link #SPAN}. */
    private static final double[] WIDTH = new double[LAYERS];
    /** {@code HEIGHT[i]}: the density, unnormalized exp(−x²/2), at layer i's right edge. */
    private static final double[] HEIGHT = new double[LAYERS];

    static {
        double x = R;
        double q = AREA / StrictMath.exp(-0.5 * x * x);
        INNER[0] = (long) ((x / q) * SPAN);
        INNER[1] = 0;
        WIDTH[0] = q / SPAN;
        WIDTH[LAYERS - 1] = x / SPAN;
        HEIGHT[0] = 1.0;
        HEIGHT[LAYERS - 1] = StrictMath.exp(-0.5 * x * x);
        double outer = x;
        for (int i = LAYERS - 2; i >= 1; i--) {
            x = StrictMath.sqrt(-2.0 * StrictMath.log(AREA / x + StrictMath.exp(-0.5 * x * x)));
            INNER[i + 1] = (long) ((x / outer) * SPAN);
            outer = x;
            HEIGHT[i] = StrictMath.exp(-0.5 * x * x);
            WIDTH[i] = x / SPAN;
        }
    }

    private Ziggurat() {
    }

    /** A standard normal draw from {@code rng}: one {@code nextLong} in most draws, more in the rest. */
    public static double next(SplittableRandom rng) {
        long bits = rng.nextLong();
        int layer = (int) bits & (LAYERS - 1);
        long at = bits >> 7;
        if (Math.abs(at) < INNER[layer]) {
            return at * WIDTH[layer];
        }
        return rest(rng, layer, at);
    }

    /** The draws the inner rectangles miss: the base layer's tail, or a wedge's rejection test, then again. */
    private static double rest(SplittableRandom rng, int layer, long at) {
        while (true) {
            double x = at * WIDTH[layer];
            if (layer == 0) {
                // Marsaglia's tail method: x beyond R with density ∝ exp(−x²/2).
                double t;
                double y;
                do {
                    t = -Math.log(1.0 - rng.nextDouble()) / R;
                    y = -Math.log(1.0 - rng.nextDouble());
                } while (y + y < t * t);
                return at > 0 ? R + t : -(R + t);
            }
            double height = HEIGHT[layer] + rng.nextDouble() * (HEIGHT[layer - 1] - HEIGHT[layer]);
            if (height < Math.exp(-0.5 * x * x)) {
                return x;
            }
            long bits = rng.nextLong();
            layer = (int) bits & (LAYERS - 1);
            at = bits >> 7;
            if (Math.abs(at) < INNER[layer]) {
                return at * WIDTH[layer];
            }
        }
    }
}
