package org.plsim.cli;

import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;
import org.plsim.scenario.Violation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --seed}, {@code --replicates} and {@code --uncertainty}: what a user changes most between runs of
 * one scenario file, without editing it. The manifest records the values used (the resolved scenario carries
 * them), so the file alone does not reproduce the run.
 */
public final class ScenarioOverrides {
    @Option(names = "--seed", paramLabel = "SEED",
            description = "Root seed, replacing the scenario's seed; each replicate's run seed derives from it.")
    Long seed;

    @Option(names = "--replicates", paramLabel = "N",
            description = "Paired replicates (1-10000), replacing the scenario's replicates.")
    Integer replicates;

    @Option(names = "--uncertainty", paramLabel = "MODE", converter = UncertaintyConverter.class,
            description = "evidence: draw each evidence parameter (plsim evidence) from its range, once per "
                    + "replicate; none: hold them at their central values. Replaces the scenario's uncertainty.")
    Uncertainty uncertainty;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The scenario with the options given applied; a value out of range is a usage error (exit 2). */
    public ScenarioSpec apply(ScenarioSpec spec) {
        ScenarioSpec out = spec;
        if (seed != null) {
            out = out.withSeed(seed);
        }
        if (uncertainty != null) {
            out = out.withUncertainty(uncertainty);
        }
        if (replicates != null) {
            try {
                out = out.withReplicates(replicates);
            } catch (InvalidSpecException e) {
                Violation v = e.violations().get(0);
                throw new ParameterException(command.commandLine(),
                        "--replicates: found " + v.found() + ", allowed: " + v.allowed());
            }
        }
        return out;
    }

    /** {@code evidence} or {@code none}, in any case; anything else is a usage error (exit 2). */
    static final class UncertaintyConverter implements ITypeConverter<Uncertainty> {
        @Override
        public Uncertainty convert(String value) {
            return Uncertainty.parse(value).orElseThrow(() -> new TypeConversionException(
                    "found '" + value + "', allowed: " + Uncertainty.allowed()));
        }
    }
}
