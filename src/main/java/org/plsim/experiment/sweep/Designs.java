package org.plsim.experiment.sweep;

import java.util.SplittableRandom;
import org.plsim.experiment.sweep.design.ComponentMixDesign;
import org.plsim.experiment.sweep.design.Expansion;
import org.plsim.experiment.sweep.design.FactorialDesign;
import org.plsim.experiment.sweep.design.MorrisDesign;
import org.plsim.experiment.sweep.design.SampledDesign;
import org.plsim.experiment.sweep.design.SobolDesign;
import org.plsim.model.random.RandomStreams;

/**
 * Expands a sweep's design into its points: a pure function of the sweep (random designs draw from the
 * sweep seed's {@value #STREAM} stream), so every machine expands a sweep the same way.
 */
public final class Designs {
    /** The random stream the sampling and Morris designs draw from. */
    public static final String STREAM = "design";

    private Designs() {
    }

    public static Expansion expand(SweepSpec sweep) {
        DesignSpec d = sweep.design();
        return switch (d.type()) {
            case FACTORIAL -> FactorialDesign.expand(sweep.factors());
            case COMPONENT_MIX -> ComponentMixDesign.expand(d.components(), sweep.factors());
            case LATIN_HYPERCUBE -> SampledDesign.latinHypercube(sweep.factors(), d.points(), stream(sweep));
            case RANDOM -> SampledDesign.random(sweep.factors(), d.points(), stream(sweep));
            case MORRIS -> MorrisDesign.expand(sweep.factors(), d.trajectories(), d.levels(), stream(sweep));
            case SOBOL -> SobolDesign.expand(sweep.factors(), d.points());
            case SCENARIOS -> ScenarioList.expand(sweep.scenarioTrees());
        };
    }

    private static SplittableRandom stream(SweepSpec sweep) {
        return new RandomStreams(sweep.seed()).get(STREAM);
    }
}
