package org.plsim.io.input;

import java.util.List;
import java.util.Optional;
import org.plsim.io.yaml.Problem;
import org.plsim.scenario.ScenarioSpec;

/**
 * A scenario as read, with where its inputs came from beyond its own file: the parameter file its
 * {@code evidence_file} named, if any (the values are already in {@code spec.evidence()}; this is for the
 * manifest). The spec stays a pure description of the run; provenance travels beside it.
 *
 * @param spec         the resolved scenario
 * @param evidenceFile the parameter file used, or empty
 * @param warnings     what the file allows but probably did not mean (e.g. a budget share for a component that is
 *                     switched off), at their lines; the run goes ahead
 */
public record ReadScenario(ScenarioSpec spec, Optional<EvidenceFile> evidenceFile, List<Problem> warnings) {
    public ReadScenario {
        evidenceFile = evidenceFile == null ? Optional.empty() : evidenceFile;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ReadScenario(ScenarioSpec spec, Optional<EvidenceFile> evidenceFile) {
        this(spec, evidenceFile, List.of());
    }

    /** A scenario that took no parameter file (e.g. one built in code). */
    public static ReadScenario of(ScenarioSpec spec) {
        return new ReadScenario(spec, Optional.empty());
    }
}
