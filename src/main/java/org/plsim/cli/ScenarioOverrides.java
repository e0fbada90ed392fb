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
    @Option(names = "--seed", paramLabel = "SEED", converter = SeedConverter.class,
            description = "Root seed, replacing the scenario's seed; each replicate's run seed derives from it.")
    Long seed;

    @Option(names = "--replicates", paramLabel = "N", converter = ReplicatesConverter.class,
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

    /** A root seed: any whole number a {@code long} holds; anything else says so, with an example. */
    static final class SeedConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("found '" + value + "', allowed: a whole number from "
                        + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", e.g. 42 (the root seed every random "
                        + "draw derives from: the same seed gives the same results)");
            }
        }
    }

    /**
     * A whole number; one too large for an {@code int} (or not a number) is refused with the range a scenario
     * allows, as the range check of {@link #apply} does for the rest.
     */
    static final class ReplicatesConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("found '" + value + "', allowed: a whole number from 1 to "
                        + ScenarioSpec.MAX_REPLICATES);
            }
        }
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
