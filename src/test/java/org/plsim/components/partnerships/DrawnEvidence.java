package org.plsim.components.partnerships;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.plsim.model.component.EvidenceValues;
import org.yaml.snakeyaml.Yaml;

/**
 * TEST-LOCAL stand-in for the registry's {@code --uncertainty evidence} drawing (the lead switches the tests to
 * the registry on merge): every parameter of {@code parts/implementation.yaml} and {@code parts/partnerships.yaml}
 * drawn from its distribution — triangular(low, central, high), normal (mean central, sd (high − low) / 3.92,
 * redrawn until within [low, high]), uniform(low, high), fixed (central) — with one seeded
 * {@link SplittableRandom} per replicate, parameters in id order.
 */
final class DrawnEvidence {
    private static final List<String> PARTS = List.of("implementation", "partnerships");

    /** One parameter's uncertainty. */
    record Spec(double central, double low, double high, String distribution) {
        double draw(SplittableRandom rng) {
            return switch (distribution) {
                case "triangular" -> triangular(rng.nextDouble());
                case "uniform" -> low + (high - low) * rng.nextDouble();
                case "normal" -> normal(rng);
                case "fixed" -> central;
                default -> throw new IllegalArgumentException("unknown distribution " + distribution);
            };
        }

        private double triangular(double u) {
            if (high <= low) {
                return central;
            }
            double split = (central - low) / (high - low);
            return u < split ? low + Math.sqrt(u * (high - low) * (central - low))
                    : high - Math.sqrt((1 - u) * (high - low) * (high - central));
        }

        private double normal(SplittableRandom rng) {
            double sd = (high - low) / 3.92;
            for (int k = 0; k < 1000; k++) {
                double v = central + sd * rng.nextGaussian();
                if (v >= low && v <= high) {
                    return v;
                }
            }
            return central;
        }
    }

    private final Map<String, Spec> specs = read();
    private final long seed;

    DrawnEvidence(long seed) {
        this.seed = seed;
    }

    /** The values of replicate {@code r}. */
    EvidenceValues replicate(int r) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + r);
        Map<String, Double> values = new TreeMap<>();
        specs.forEach((id, spec) -> values.put(id, spec.draw(rng)));
        return EvidenceValues.of(values);
    }

    Map<String, Spec> specs() {
        return specs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Spec> read() {
        Map<String, Spec> out = new TreeMap<>();
        for (String part : PARTS) {
            String resource = "org/plsim/evidence/parts/" + part + ".yaml";
            try (InputStream in = DrawnEvidence.class.getClassLoader().getResourceAsStream(resource)) {
                Map<String, Object> root = new Yaml().load(in);
                Map<String, Object> params = (Map<String, Object>) root.get("parameters");
                params.forEach((id, v) -> {
                    Map<String, Object> p = (Map<String, Object>) v;
                    out.put(id, new Spec(num(p.get("central")), num(p.get("low")), num(p.get("high")),
                            String.valueOf(p.get("distribution"))));
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
