package org.plsim.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A sweep file small enough for any test that needs a finished sweep to analyse: one 60-student middle school,
 * one year, blended learning at a few math dosages, achievement and cost kept for all students. Written with
 * its base scenario ({@code base.yaml}) into a folder.
 */
public final class TinyDosageSweep {
    private TinyDosageSweep() {
    }

    /**
     * Writes {@code base.yaml} and {@code name} into {@code dir}.
     *
     * @param uncertainty {@code evidence} (drawn per replicate) or {@code none}
     * @param minutes     the math dosages, minutes a week: one design point each
     * @return the sweep file
     */
    public static Path write(Path dir, String name, String uncertainty, int replicates, int... minutes)
            throws IOException {
        Files.writeString(dir.resolve("base.yaml"), """
                title: tiny blended district
                years: 1
                district:
                  name: Tiny
                  schools:
                    - {name: middle, count: 1, grades: 6-8, students_per_grade: 20}
                components:
                  blended_learning:
                    rollout: {grades: 6-8}
                """);
        String levels = Arrays.stream(minutes).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return Files.writeString(dir.resolve(name), """
                title: %d dosages, evidence %s
                base: base.yaml
                replicates: %d
                set:
                  uncertainty: %s
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [%s]}
                outputs:
                  measures: [achievement, cost_per_student]
                  subgroups: [all]
                """.formatted(minutes.length, uncertainty.equals("none") ? "held central" : "drawn", replicates,
                uncertainty, levels));
    }
}
