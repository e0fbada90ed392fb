package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The expected value of perfect information about a choice between options, from draws of each option's net
 * benefit: EVPI = E[max over options of net benefit] − max over options of E[net benefit], the most a decision
 * maker should pay to learn everything before choosing. The partial value of one parameter (EVPPI) replaces each
 * option's net benefit by its expectation given that parameter, estimated by {@link RegressionSpline} across
 * the same draws (Strong, Oakley &amp; Brennan 2014). Both are in the net benefit's units and never negative.
 */
public final class ValueOfInformation {
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
        return Math.max(0, meanOfMax - maxOfMean);
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
                    RegressionSpline.columns(decision.draws())));
        });
        out.sort(Comparator.comparingDouble(Evppi::evppi).reversed());
        return List.copyOf(out);
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
