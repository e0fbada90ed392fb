package org.plsim.io.input;

import static org.plsim.scenario.NumberText.compact;

import org.plsim.io.yaml.ClosestKey;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.plsim.evidence.BusinessAsUsualEvidence;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.yaml.snakeyaml.nodes.Node;

/**
 * An {@code evidence:} map (parameter id → number) checked against the built-in registry, as a scenario and
 * a parameter file give it: the id must exist (else "did you mean"), be drawn (not {@code fixed}) and not be a
 * business-as-usual parameter, which a scenario sets in its own block; and the value must lie in the parameter's
 * {@link org.plsim.evidence.Support} (a share from 0 to 1). Beyond the evidence's range [low, high] it is a
 * what-if, which the run flags, not a mistake.
 */
final class EvidenceOverrides {
    private EvidenceOverrides() {
    }

    /** The valid entries, id → value in file order; each invalid one is reported at {@code prefix.<id>}. */
    static Map<String, Double> read(Map<String, Node> entries, String prefix, Reading reading) {
        EvidenceRegistry registry = EvidenceRegistryReader.builtIn();
        Map<String, Double> out = new LinkedHashMap<>();
        entries.forEach((id, node) -> {
            String p = prefix + "." + id;
            Optional<EvidenceParameter> parameter = registry.find(id);
            Double value = Scalars.number(node);
            String wrong = wrong(registry, id);
            if (wrong != null) {
                reading.problem(p, wrong);
            } else if (parameter.isEmpty() || value == null) {
                reading.problem(p, "found " + YamlTree.describe(node) + ", allowed: a number");
            } else if (!parameter.get().support().contains(value)) {
                EvidenceParameter e = parameter.get();
                reading.problem(p, "found " + YamlTree.describe(node) + ", allowed: " + e.support().allowed() + " ("
                        + e.unit() + "; the evidence puts it from " + compact(e.low()) + " to " + compact(e.high())
                        + ")");
            } else {
                out.put(id, value);
            }
        });
        return out;
    }

    /** Why {@code id} cannot be set as an evidence override, or null when it can. */
    static String wrong(EvidenceRegistry registry, String id) {
        Optional<EvidenceParameter> parameter = registry.find(id);
        if (parameter.isEmpty()) {
            String closest = ClosestKey.among(id, registry.ids());
            return "unknown evidence parameter '" + id + "'" + (closest != null ? ", did you mean '" + closest + "'?"
                    : "; allowed: an id listed by plsim evidence");
        } else if (id.startsWith(BusinessAsUsualEvidence.PREFIX)) {
            return "found a business-as-usual parameter, allowed: a component or implementation parameter; set "
                    + "this one in the business_as_usual block (" + id.substring(BusinessAsUsualEvidence.PREFIX.length())
                    + ")";
        } else if (parameter.get().fixed()) {
            return "found a fixed parameter (never drawn), allowed: a parameter whose distribution is not fixed "
                    + "(see plsim evidence)";
        }
        return null;
    }
}
