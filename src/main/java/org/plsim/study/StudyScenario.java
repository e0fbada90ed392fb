package org.plsim.study;

import org.plsim.scenario.ScenarioSpec;

/**
 * A scenario set up as a published study: {@code spec} has the study's district (built from its sample) and
 * horizon; {@code study} says what to compare and with what.
 *
 * @param spec  the scenario as the study was (see {@link StudySetup})
 * @param study the study block
 */
public record StudyScenario(ScenarioSpec spec, Study study) {
    public StudyScenario {
        if (spec == null || study == null) {
            throw new IllegalArgumentException("a study scenario needs a scenario and a study");
        }
    }

    public String id() {
        return spec.id();
    }

    /** The same study with the scenario replaced (e.g. other evidence values or replicates). */
    public StudyScenario withSpec(ScenarioSpec other) {
        return new StudyScenario(other, study);
    }
}
