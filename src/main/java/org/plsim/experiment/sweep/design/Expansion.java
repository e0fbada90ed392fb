package org.plsim.experiment.sweep.design;

import java.util.ArrayList;
import java.util.List;

/**
 * A design, expanded: its points in order and, for Morris, the steps between them.
 *
 * @param points the design points, indexed from 0 in order
 * @param steps  Morris only: one step per consecutive pair of points within a trajectory; else empty
 */
public record Expansion(List<DesignPoint> points, List<MorrisStep> steps) {
    public Expansion {
        points = List.copyOf(points);
        steps = List.copyOf(steps);
    }

    /** Morris only: each trajectory's point indices, in order; else empty. */
    public List<List<Integer>> trajectories() {
        List<List<Integer>> out = new ArrayList<>();
        for (MorrisStep s : steps) {
            if (out.size() == s.trajectory()) {
                out.add(new ArrayList<>(List.of(s.from())));
            }
            out.get(s.trajectory()).add(s.to());
        }
        return out.stream().map(List::copyOf).toList();
    }
}
