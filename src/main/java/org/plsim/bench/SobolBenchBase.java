package org.plsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;

/**
 * What the Sobol bench's sweeps start from: the all-four plan of {@value BenchHost#ALL_FOUR} in that file's own
 * district, or in a {@link BenchDistricts} K–12 district of a stated size (as the all-four workload builds it:
 * the file's components, no budget, evidence at central values), written as a scenario file beside the sweeps.
 *
 * @param baseFile the scenario file every sweep names as its base
 * @param district the district the runs simulate
 * @param years    grant years, 1 to 4
 */
record SobolBenchBase(Path baseFile, DistrictSpec district, int years) {
    SobolBenchBase {
        if (years < 1 || years > 4) {
            throw new IllegalArgumentException("grant years: found " + years + ", allowed: 1 to 4");
        }
    }

    /** {@code students} null: all_four.yaml's district; else a bench district of that many, written in scratch. */
    static SobolBenchBase of(Path project, Long students, int years, Path scratch) throws IOException {
        Path allFour = project.resolve(BenchHost.ALL_FOUR).toAbsolutePath();
        ScenarioSpec plan;
        try {
            plan = new ScenarioReader().read(allFour);
        } catch (ScenarioException e) {
            throw new IllegalStateException(BenchHost.ALL_FOUR + " cannot be read: " + e.getMessage(), e);
        }
        if (students == null) {
            return new SobolBenchBase(allFour, plan.district(), years);
        }
        ScenarioSpec bench = BenchDistricts.ofSize(students, years, BenchDistricts.WEEKS_PER_YEAR)
                .withComponents(plan.components()).withUncertainty(Uncertainty.NONE).withBudget(null);
        Path file = Files.writeString(scratch.resolve("sobol-bench-base.yaml"), ScenarioFormat.toYaml(bench));
        return new SobolBenchBase(file.toAbsolutePath(), bench.district(), years);
    }

    /** The sweep of N = {@code samples}: every parameter of {@code ranged} over its range, narrow outputs. */
    String sweepText(List<EvidenceParameter> ranged, int samples) {
        StringBuilder b = new StringBuilder("title: plsim bench --sobol, N = " + samples + "\n")
                .append("base: '").append(baseFile).append("'\nreplicates: 1\nset:\n  budget.total_dollars: 0\n")
                .append("  uncertainty: none\n  years: ").append(years)
                .append("\ndesign: {type: sobol, samples: ").append(samples).append("}\nfactors:\n");
        for (EvidenceParameter p : ranged) {
            b.append("  evidence.").append(p.id()).append(": {range: [").append(p.low()).append(", ")
                    .append(p.high()).append("]}\n");
        }
        return b.append("outputs:\n  measures: [achievement]\n  subgroups: [all]\n").toString();
    }
}
