package org.plsim.experiment.sweep.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Morris elementary-effects screening: r trajectories of k + 1 points on a grid of p levels per factor
 * (level i at {@code low + (high − low) i / (p − 1)}). Each trajectory starts at a random grid point, then
 * moves one factor at a time, in a random order, by Δ = p / (2(p − 1)) of its range — p/2 grid intervals —
 * up or down (a random direction per factor, chosen so the move stays on the grid). The k steps of a
 * trajectory each give one elementary effect per output, {@code (y(to) − y(from)) / ±Δ}; their mean
 * absolute value μ* ranks factors by influence and their SD σ flags non-linearity or interactions.
 *
 * <p>Morris, M. D. (1991), "Factorial sampling plans for preliminary computational experiments",
 * Technometrics 33(2), 161–174. Campolongo, F., Cariboni, J. &amp; Saltelli, A. (2007), "An effective
 * screening design for sensitivity analysis of large models", Environmental Modelling &amp; Software 22(10),
 * 1509–1518 (μ*; p = 4 and r = 10 as sound defaults). Trajectories here are drawn at random, not chosen
 * from a larger set for spread (Campolongo et al.'s optional refinement).
 *
 * <p>Draws from the {@code design} stream, trajectory by trajectory: each factor's base level (0 to p/2 − 1)
 * and direction, in factor order, then the factor order (a permutation).
 */
public final class MorrisDesign {
    private MorrisDesign() {
    }

    public static Expansion expand(List<Factor> factors, int trajectories, int p, SplittableRandom random) {
        int k = factors.size();
        int half = p / 2;
        double delta = p / (2.0 * (p - 1));
        List<DesignPoint> points = new ArrayList<>();
        List<MorrisStep> steps = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[k];
            int[] direction = new int[k];
            for (int j = 0; j < k; j++) {
                int base = random.nextInt(half);
                direction[j] = random.nextBoolean() ? 1 : -1;
                level[j] = direction[j] > 0 ? base : base + half;
            }
            int[] order = SampledDesign.permutation(k, random);
            points.add(point(factors, level, p, points.size(), label(t, 0, trajectories, k)));
            for (int s = 0; s < k; s++) {
                int j = order[s];
                level[j] += direction[j] * half;
                int from = points.size() - 1;
                points.add(point(factors, level, p, points.size(), label(t, s + 1, trajectories, k)));
                steps.add(new MorrisStep(t, from, from + 1, j, direction[j] * delta));
            }
        }
        return new Expansion(points, steps);
    }

    private static DesignPoint point(List<Factor> factors, int[] level, int p, int index, String label) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (int j = 0; j < factors.size(); j++) {
            settings.put(factors.get(j).path(), factors.get(j).grid(level[j], p));
        }
        return new DesignPoint(index, label, settings);
    }

    /** {@code t03s2}: trajectory 3, step 2 (step 0 is the trajectory's start). */
    private static String label(int t, int s, int trajectories, int k) {
        return PointLabels.numbered("t", t, trajectories) + PointLabels.numbered("s", s, k + 1);
    }
}
