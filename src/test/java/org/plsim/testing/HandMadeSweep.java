package org.plsim.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.Version;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * A sweep built in Java for runner tests (no sweep file): the small test district with the test-only
 * {@code extra_practice} component at one {@code sd_per_week} per design point. Its fingerprint hashes what
 * it is made of, so changing any of it makes a foreign sweep.
 *
 * <pre>{@code
 * SweepPlan plan = HandMadeSweep.of(4, 0.0, 0.004, 0.008); // 3 points, 4 replicates each
 * }</pre>
 */
public record HandMadeSweep(String sweepId, int years, List<Double> sdPerWeek, Replicates replicates, long sweepSeed,
                            Outputs outputs) implements SweepPlan {
    public static final String FACTOR = "components.extra_practice.sd_per_week";
    /** The outputs kept by default: a few measures, two subgroups, all grades. */
    public static final Outputs OUTPUTS = new Outputs(List.of(Measure.ACHIEVEMENT, Measure.GAIN,
            Measure.ATTENDANCE, Measure.COST), List.of(Subgroup.ALL, Subgroup.LOW_INCOME), false);

    public HandMadeSweep {
        sdPerWeek = List.copyOf(sdPerWeek);
    }

    /** {@code replicates} fixed replicates at each value of {@code sd_per_week}, one school year. */
    public static HandMadeSweep of(int replicates, double... sdPerWeek) {
        List<Double> values = new ArrayList<>();
        for (double v : sdPerWeek) {
            values.add(v);
        }
        return new HandMadeSweep("test-sweep", 1, values, new Replicates(replicates, null), 42L, OUTPUTS);
    }

    public HandMadeSweep withReplicates(Replicates r) {
        return new HandMadeSweep(sweepId, years, sdPerWeek, r, sweepSeed, outputs);
    }

    public HandMadeSweep withSeed(long seed) {
        return new HandMadeSweep(sweepId, years, sdPerWeek, replicates, seed, outputs);
    }

    @Override
    public String title() {
        return "runner test: extra practice dosage";
    }

    @Override
    public String designType() {
        return "factorial";
    }

    @Override
    public List<String> factors() {
        return List.of(FACTOR);
    }

    @Override
    public List<DesignPoint> points() {
        List<DesignPoint> out = new ArrayList<>();
        for (int i = 0; i < sdPerWeek.size(); i++) {
            out.add(new DesignPoint(i, String.format("p%02d", i), Map.of(FACTOR, sdPerWeek.get(i))));
        }
        return out;
    }

    @Override
    public ScenarioSpec scenario(int point) {
        ComponentSpec practice = new ComponentSpec("extra_practice", Map.of("sd_per_week", sdPerWeek.get(point)));
        return Districts.scenario(Districts.k12(2, 40), years, 1, List.of(practice)).withSeed(sweepSeed);
    }

    @Override
    public long runSeed(int replicate) {
        return RandomStreams.runSeed(sweepSeed, replicate);
    }

    @Override
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((this + "|" + Version.PLSIM + "|" + Version.MODEL)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", sweepId);
        m.put("years", years);
        m.put("sd_per_week", sdPerWeek);
        m.put("replicates", replicates.fixed());
        m.put("seed", sweepSeed);
        return m;
    }
}
