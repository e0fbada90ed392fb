package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of result folder {@code plsim rerun} re-makes. Adding one is a {@link RerunKind} class and a line
 * in {@link #ALL}; older manifests without a {@code kind} are tried against the kinds' shapes in this order.
 */
public final class RerunKinds {
    public static final List<RerunKind> ALL = List.of(
            new RunRerun(),
            new SweepRerun(),
            new ReproduceRerun(),
            new CalibrateRerun(),
            new CompareRerun());

    private RerunKinds() {
    }

    /** The kind the manifest names; without a {@code kind} field, the first kind that recognises its shape. */
    public static Optional<RerunKind> of(JsonNode manifest) {
        JsonNode kind = manifest.get("kind");
        if (kind != null) {
            return ALL.stream().filter(k -> kind.isTextual() && k.name().equals(kind.asText())).findFirst();
        }
        return ALL.stream().filter(k -> k.recognises(manifest)).findFirst();
    }

    /** {@code run, sweep}: the kinds, for messages. */
    public static String names() {
        return ALL.stream().map(RerunKind::name).collect(Collectors.joining(", "));
    }

    /** {@code plsim run or plsim sweep}: the commands whose folders rerun knows, for messages. */
    public static String commands() {
        List<String> made = ALL.stream().map(RerunKind::madeBy).toList();
        return made.size() == 1 ? made.get(0)
                : String.join(", ", made.subList(0, made.size() - 1)) + " or " + made.get(made.size() - 1);
    }
}
