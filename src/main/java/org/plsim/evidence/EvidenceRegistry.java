package org.plsim.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;
import org.plsim.scenario.Violation;

/**
 * Every evidence parameter and source, in file order, and the values a replicate runs with. Each parameter
 * is drawn from its own named stream, {@code evidence.<id>}, seeded from the run seed: the same run seed
 * gives the same values, and adding a parameter never moves another's draw.
 *
 * <pre>{@code
 * EvidenceRegistry registry = EvidenceRegistry.builtIn();
 * ResolvedEvidence values = registry.values(spec, runKey.runSeed()); // both arms of the replicate
 * List<GrantComponent> components = componentRegistry.createAll(spec.components(), values);
 * }</pre>
 */
public final class EvidenceRegistry {
    private final Map<String, EvidenceSource> sources = new LinkedHashMap<>();
    private final Map<String, EvidenceParameter> parameters = new LinkedHashMap<>();
    private final String sha256;

    /**
     * @param sha256 SHA-256 (hex) of the file the registry was read from, recorded in run manifests
     * @throws InvalidSpecException when an id is defined twice or a parameter cites an undefined source;
     *         fields are {@code sources.<id>} and {@code parameters.<id>.sources}
     */
    public EvidenceRegistry(List<EvidenceSource> sources, List<EvidenceParameter> parameters, String sha256) {
        List<Violation> found = new ArrayList<>();
        for (EvidenceSource s : sources) {
            if (this.sources.putIfAbsent(s.id(), s) != null) {
                found.add(new Violation("sources." + s.id(), "a second definition", "each source id once"));
            }
        }
        for (EvidenceParameter p : parameters) {
            if (this.parameters.putIfAbsent(p.id(), p) != null) {
                found.add(new Violation("parameters." + p.id(), "a second definition", "each parameter id once"));
            }
            for (String cited : p.sources()) {
                if (!this.sources.containsKey(cited)) {
                    found.add(new Violation("parameters." + p.id() + ".sources", "'" + cited
                            + "', which is not defined under sources", "the id of a source defined under sources: (define it there)"));
                }
            }
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            found.add(new Violation("sha256", String.valueOf(sha256), "64 lower-case hex digits"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
        this.sha256 = sha256;
    }

    /** The registry shipped with PLSim ({@code org/plsim/evidence/registry.yaml}), read once. */
    public static EvidenceRegistry builtIn() {
        return Shipped.REGISTRY;
    }

    /** Parameter ids in file order. */
    public List<String> ids() {
        return List.copyOf(parameters.keySet());
    }

    public List<EvidenceParameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public List<EvidenceSource> sources() {
        return List.copyOf(sources.values());
    }

    /** @throws IllegalArgumentException naming {@code id} when there is no such parameter */
    public EvidenceParameter parameter(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no evidence parameter '" + id
                + "' in the registry (see plsim evidence)"));
    }

    public Optional<EvidenceParameter> find(String id) {
        return Optional.ofNullable(parameters.get(id));
    }

    /** @throws IllegalArgumentException naming {@code id} when there is no such source */
    public EvidenceSource source(String id) {
        EvidenceSource s = sources.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no evidence source '" + id + "' in the registry");
        }
        return s;
    }

    /** SHA-256 (hex) of the registry file. */
    public String sha256() {
        return sha256;
    }

    /** Every parameter at its central value. */
    public ResolvedEvidence central() {
        return values(Uncertainty.NONE, Map.of(), 0L);
    }

    /** Every parameter drawn for the run with seed {@code runSeed} (fixed ones at their central value). */
    public ResolvedEvidence draw(long runSeed) {
        return values(Uncertainty.EVIDENCE, Map.of(), runSeed);
    }

    /**
     * Every parameter's value for one run: drawn from its stream ({@code EVIDENCE}) or central ({@code NONE}),
     * then replaced by {@code overrides} (id → value), which may name any parameter, fixed ones included.
     *
     * @throws IllegalArgumentException naming an override id the registry does not have, or its bad value
     */
    public ResolvedEvidence values(Uncertainty mode, Map<String, Double> overrides, long runSeed) {
        RandomStreams streams = new RandomStreams(runSeed);
        Map<String, Double> out = new LinkedHashMap<>();
        for (EvidenceParameter p : parameters.values()) {
            out.put(p.id(), mode == Uncertainty.EVIDENCE ? p.draw(streams) : p.central());
        }
        overrides.forEach((id, value) -> {
            parameter(id);
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("evidence parameter '" + id + "' overridden with " + value);
            }
            out.put(id, value);
        });
        return new ResolvedEvidence(mode, sha256, out);
    }

    /**
     * The values one replicate of {@code spec} runs with: the scenario's uncertainty mode, its
     * {@code evidence:} overrides, and its own {@code business_as_usual} values under their registry ids.
     */
    public ResolvedEvidence values(ScenarioSpec spec, long runSeed) {
        return values(spec.uncertainty(), overrides(spec), runSeed);
    }

    /** {@code spec}'s values with nothing drawn: what component settings are checked against before a run. */
    public ResolvedEvidence central(ScenarioSpec spec) {
        return values(Uncertainty.NONE, overrides(spec), 0L);
    }

    private Map<String, Double> overrides(ScenarioSpec spec) {
        Map<String, Double> all = new LinkedHashMap<>();
        BusinessAsUsualEvidence.values(spec.bau()).forEach((id, v) -> {
            if (parameters.containsKey(id)) {
                all.put(id, v);
            }
        });
        all.putAll(spec.evidence());
        return Collections.unmodifiableMap(all);
    }

    /** The built-in registry, loaded on first use. */
    private static final class Shipped {
        static final EvidenceRegistry REGISTRY = ServiceLoader.load(BuiltInRegistry.class, EvidenceRegistry.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + BuiltInRegistry.class.getName()
                        + " on the class path: the PLSim jar is incomplete"))
                .registry();
    }
}
