package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The expected value of perfect information about a choice between options, from draws of each option's net
 * benefit: EVPI = E[max over options of net benefit] − max over options of E[net benefit], the most a decision
 * maker should pay to learn everything before choosing. The partial value of one parameter (EVPPI) replaces each
 * option's net benefit by its expectation given that parameter, estimated by {@link RegressionSpline} across
 * the same draws (Strong, Oakley &amp; Brennan 2014). Both are in the net benefit's units and never negative.
 *
 * <p>With few draws a fit follows noise, and the max over options turns that noise into a positive EVPPI even
 * for a parameter nothing depends on. Each EVPPI therefore comes with a noise floor: the same estimate for the
 * parameter's values shuffled across draws (which breaks any link to the net benefit), from a seeded stream.
 */
public final class ValueOfInformation {
    /** Shuffles of each parameter's values behind its noise floor: the largest of 19 is a one-in-20 level. */
    public static final int SHUFFLES = 19;
    /** Seed of the shuffles (recorded in evppi.csv); each parameter's stream adds its id's hash. */
    public static final long SHUFFLE_SEED = 20140301L;

    private ValueOfInformation() {
    }

    /**
     * @param netBenefit netBenefit[option][draw]; every option the same number of draws, at least one
     */
    public static double evpi(double[][] netBenefit) {
        int draws = check(netBenefit);
        double meanOfMax = 0;
        for (int n = 0; n < draws; n++) {
            double best = Double.NEGATIVE_INFINITY;
            for (double[] option : netBenefit) {
                best = Math.max(best, option[n]);
            }
            meanOfMax += best / draws;
        }
        double maxOfMean = Arrays.stream(netBenefit).mapToDouble(o -> Arrays.stream(o).sum() / draws)
                .max().orElseThrow();
        double value = meanOfMax - maxOfMean;
        // rounding leaves ~1e-17 where one option wins every draw: call that 0, so ties rank in registry order
        return value > 1e-12 * (1 + Math.abs(maxOfMean)) ? value : 0;
    }

    /**
     * EVPPI of the parameter whose value at each draw is {@code parameter}.
     *
     * @param netBenefit netBenefit[option][draw]
     * @param parameter  the parameter's value at each draw
     */
    public static double evppi(double[][] netBenefit, double[] parameter) {
        int draws = check(netBenefit);
        if (parameter.length != draws) {
            throw new IllegalArgumentException("parameter: " + parameter.length + " values for " + draws + " draws");
        }
        double[][] fitted = new double[netBenefit.length][];
        for (int d = 0; d < netBenefit.length; d++) {
            fitted[d] = RegressionSpline.fitted(parameter, netBenefit[d]);
        }
        return evpi(fitted);
    }

    /**
     * Every parameter's EVPPI for {@code decision}, highest first (ties keep the map's order).
     *
     * @param parameters id → value at each of the decision's draws, in registry order
     */
    public static List<Evppi> ranked(Decision decision, Map<String, double[]> parameters) {
        double evpi = evpi(decision.netBenefit());
        List<Evppi> out = new ArrayList<>();
        parameters.forEach((id, values) -> {
            double v = evppi(decision.netBenefit(), values);
            out.add(new Evppi(id, v, evpi > 0 ? v / evpi : Double.NaN, decision.draws(),
                    RegressionSpline.columns(decision.draws()), noiseFloor(decision.netBenefit(), id, values)));
        });
        out.sort(Comparator.comparingDouble(Evppi::evppi).reversed());
        return List.copyOf(out);
    }

    /** The largest EVPPI of {@link #SHUFFLES} shuffles of {@code values}, from {@code parameter}'s own stream. */
    static double noiseFloor(double[][] netBenefit, String parameter, double[] values) {
        SplittableRandom random = new SplittableRandom(SHUFFLE_SEED + parameter.hashCode());
        double floor = 0;
        double[] shuffled = values.clone();
        for (int s = 0; s < SHUFFLES; s++) {
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            floor = Math.max(floor, evppi(netBenefit, shuffled));
        }
        return floor;
    }

    private static int check(double[][] netBenefit) {
        if (netBenefit.length == 0 || netBenefit[0].length == 0) {
            throw new IllegalArgumentException("net benefit: no options or no draws");
        }
        int draws = netBenefit[0].length;
        for (double[] option : netBenefit) {
            if (option.length != draws) {
                throw new IllegalArgumentException("net benefit: options with " + draws + " and " + option.length
                        + " draws");
            }
        }
        return draws;
    }
}
