package org.plsim.evidence;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How a parameter is drawn from its range [low, high] when a run draws evidence uncertainty. The range is
 * read as a 95% interval for {@code normal}; {@code fixed} parameters are never drawn.
 */
public enum Distribution {
    /** Triangular with its mode at the central value: most weight near it, none outside [low, high]. */
    TRIANGULAR("triangular"),
    /** Normal around the central value, SD = (high − low) / 3.92, redrawn until within [low, high]. */
    NORMAL("normal"),
    /** Every value of [low, high] equally likely: when the evidence gives a range but no centre. */
    UNIFORM("uniform"),
    /** Always the central value (business-as-usual calibration, thresholds): never drawn. */
    FIXED("fixed");

    private final String label;

    Distribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Distribution> parse(String text) {
        for (Distribution d : values()) {
            if (d.label.equals(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public static String allowed() {
        return "one of triangular, normal, uniform, fixed";
    }

    /** One value of this distribution on [low, high] around {@code central}, from {@code rng}. */
    public double draw(double low, double central, double high, SplittableRandom rng) {
        double width = high - low;
        if (this == FIXED || width <= 0) {
            return central;
        }
        return switch (this) {
            case TRIANGULAR -> triangular(low, central, high, rng.nextDouble());
            case UNIFORM -> low + width * rng.nextDouble();
            case NORMAL -> truncatedNormal(low, central, high, rng);
            case FIXED -> central;
        };
    }

    /** The inverse of the triangular CDF at {@code u}. */
    static double triangular(double low, double mode, double high, double u) {
        double width = high - low;
        double split = (mode - low) / width;
        return u < split ? low + Math.sqrt(u * width * (mode - low))
                : high - Math.sqrt((1 - u) * width * (high - mode));
    }

    /** At least about 47% of draws land in range (central at an end), so the loop ends quickly. */
    private static double truncatedNormal(double low, double central, double high, SplittableRandom rng) {
        double sd = (high - low) / 3.92;
        while (true) {
            double x = central + sd * rng.nextGaussian();
            if (x >= low && x <= high) {
                return x;
            }
        }
    }
}
