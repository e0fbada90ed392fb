package org.plsim.calibration;

import java.util.List;
import java.util.Map;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;
import org.plsim.study.Published;
import org.plsim.study.Reproduction;
import org.plsim.study.Study;
import org.plsim.study.StudyScenario;

/**
 * Three tiny study set-ups (one school, one year, a hundred-odd students) that each lean on a different mix of
 * {@code blended_learning.math_effect} and {@code competency_progression.corrective_efficiency}, and a way to
 * turn the model's own output into their published estimates (synthetic targets).
 */
public final class TinyStudies {
    public static final String MATH_EFFECT = "blended_learning.math_effect";
    public static final String CORRECTIVE = "competency_progression.corrective_efficiency";

    public static final String BLENDED = """
            title: tiny blended study
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 0}
                pd_hours_per_teacher: 100
                fidelity: {start: 0.9, peak: 0.9, ramp_years: 0}
            study:
              citation: "Synthetic: blended learning, standardized math"
              design: randomized
              sample: {students: 120, schools: 1, grades: 3-5, years: 1}
              outcome: {measure: achievement, subject: math}
              published: {estimate: 0.15, low: 0.10, high: 0.20, interval: synthetic}
            """;

    public static final String COMPETENCY = """
            title: tiny competency study
            components:
              competency_progression:
                subjects: [math]
                pd_hours_per_teacher: 60
                coaching: 1.0
                fidelity: {start: 0.9, peak: 0.9, ramp_years: 0}
            study:
              citation: "Synthetic: mastery learning, aligned math"
              design: randomized
              sample: {students: 120, schools: 1, grades: 6-8, years: 1}
              outcome: {measure: aligned_mastery, subject: math}
              published: {estimate: 0.5, low: 0.4, high: 0.6, interval: synthetic}
            """;

    public static final String BLENDED_ALIGNED = """
            title: tiny blended study, aligned test
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 0}
                pd_hours_per_teacher: 100
                fidelity: {start: 0.9, peak: 0.9, ramp_years: 0}
            study:
              citation: "Synthetic: blended learning, aligned math"
              design: randomized
              sample: {students: 120, schools: 1, grades: 3-5, years: 1}
              outcome: {measure: aligned_mastery, subject: math}
              published: {estimate: 0.3, low: 0.2, high: 0.4, interval: synthetic}
            """;

    public static final String BOTH = """
            title: tiny study of both
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 0}
                pd_hours_per_teacher: 100
                fidelity: {start: 0.9, peak: 0.9, ramp_years: 0}
              competency_progression:
                subjects: [math]
                pd_hours_per_teacher: 60
                coaching: 1.0
                fidelity: {start: 0.9, peak: 0.9, ramp_years: 0}
            study:
              citation: "Synthetic: both, aligned math"
              design: randomized
              sample: {students: 120, schools: 1, grades: 4-6, years: 1}
              outcome: {measure: aligned_mastery, subject: math}
              published: {estimate: 0.6, low: 0.5, high: 0.7, interval: synthetic}
            """;

    private TinyStudies() {
    }

    public static StudyScenario read(String yaml, String name) {
        try {
            return new ScenarioReader().readStudyString(yaml, name + ".yaml");
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static List<StudyScenario> all() {
        return List.of(read(BLENDED, "tiny-blended"), read(COMPETENCY, "tiny-competency"), read(BOTH, "tiny-both"));
    }

    /** The study with its published estimate replaced by {@code estimate}, interval ± {@code half}. */
    static StudyScenario publishing(StudyScenario s, double estimate, double half) {
        Study st = s.study();
        Study synthetic = new Study(st.citation(), st.source(), st.design(), st.sample(), st.comparison(),
                st.outcome(), new Published(estimate, estimate - half, estimate + half, "synthetic"), st.note(),
                st.knownGap());
        return new StudyScenario(s.spec(), synthetic);
    }

    /** Each study's published estimate set to what the model gives at {@code truth} (the calibration's way). */
    static List<StudyScenario> synthetic(Calibrator calibrator, Calibration c, List<StudyScenario> studies,
                                         Map<String, Double> truth, double half) {
        return studies.stream().map(s -> {
            Reproduction r = calibrator.reproduce(s, c, truth);
            return publishing(s, r.model().mean(), half);
        }).toList();
    }
}
