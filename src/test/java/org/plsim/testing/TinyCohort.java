package org.plsim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cohort of three tiny districts (180 students, one year, two replicates each) written as scenario files,
 * with a scenarios-design sweep file beside them: {@code scenarios/alpha.yaml} (blended learning),
 * {@code scenarios/beta.yaml} (learning plans), {@code scenarios/gamma.yaml} (blended learning, an award too
 * small for the plan, so the budget scales its coverage down), and {@code sweeps/cohort.yaml}.
 */
public final class TinyCohort {
    /** The sweep file: every file of ../scenarios by pattern, evidence at central values. */
    public static final String SWEEP = """
            title: tiny cohort
            design:
              type: scenarios
              files: [../scenarios/*.yaml]
            set:
              uncertainty: none
            outputs:
              measures: [achievement, aligned_mastery, cost_per_student]
              subgroups: [all, low_income, not_low_income, prior_q1, prior_q4]
            """;

    private TinyCohort() {
    }

    /** A one-year scenario of a 180-student district running {@code component} under a budget of {@code dollars}. */
    public static String scenario(String district, String component, String grades, long dollars) {
        return """
                title: %s, a tiny grantee
                years: 1
                replicates: 2
                district:
                  name: %s
                  schools:
                    - {name: elementary, count: 1, grades: K-5, students_per_grade: 20}
                    - {name: middle, count: 1, grades: 6-8, students_per_grade: 20}
                  low_income_share: 0.6
                components:
                  %s:
                    rollout: {grades: %s}
                budget: {total_dollars: %d, grant_years: 1, split: {}, if_over: scale}
                """.formatted(district, district, component, grades, dollars);
    }

    /** Writes the three scenarios and the sweep under {@code dir}; returns the sweep file. */
    public static Path write(Path dir) {
        try {
            Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
            Files.writeString(scenarios.resolve("alpha.yaml"), scenario("Alpha", "blended_learning", "3-8", 100_000));
            Files.writeString(scenarios.resolve("beta.yaml"), scenario("Beta", "learning_plans", "6-8", 100_000));
            Files.writeString(scenarios.resolve("gamma.yaml"), scenario("Gamma", "blended_learning", "K-8", 60_000));
            Path sweeps = Files.createDirectories(dir.resolve("sweeps"));
            return Files.writeString(sweeps.resolve("cohort.yaml"), SWEEP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
