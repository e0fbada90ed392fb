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

    /** The scenario's id, with {@code /name} when the study is one named result (see {@link Study#rowId}). */
    public String id() {
        return study.rowId(spec.id());
    }

    /** One study scenario per result of the study (itself when it has one), e.g. to calibrate to each. */
    public java.util.List<StudyScenario> each() {
        return study.each().stream().map(one -> new StudyScenario(spec, one)).toList();
    }

    /** The same study with the scenario replaced (e.g. other evidence values or replicates). */
    public StudyScenario withSpec(ScenarioSpec other) {
        return new StudyScenario(other, study);
    }
}
