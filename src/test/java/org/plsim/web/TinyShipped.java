package org.plsim.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.input.ScenarioReader;

/**
 * A project folder with two small shipped scenarios, laid out as the real one ({@code scenarios/rttd-2012/},
 * {@code scenarios/components/all_four.yaml}), so explorer tests run in a fraction of a second per projection.
 */
public final class TinyShipped {
    public static final String GRANTEE = "tiny-grantee";

    private TinyShipped() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scenarios/rttd-2012"));
        Files.createDirectories(dir.resolve("scenarios/components"));
        Files.writeString(dir.resolve("scenarios/rttd-2012/" + GRANTEE + ".yaml"), """
                title: "Tiny grantee <b>&</b> co: blended learning and competency progression"
                replicates: 4
                years: 2
                seed: 7
                district:
                  name: Tiny District
                  schools:
                    - {name: k8, count: 1, grades: K-8, students_per_grade: 12}
                    - {name: high, count: 1, grades: 9-12, students_per_grade: 15}
                components:
                  blended_learning:
                    rollout: {grades: K-8}
                  competency_progression:
                    rollout: {grades: 6-12}
                budget:
                  total_dollars: 400000
                  grant_years: 4
                  split: {}
                  if_over: scale
                """);
        Files.writeString(dir.resolve("scenarios/components/all_four.yaml"), """
                title: All four, tiny
                replicates: 3
                years: 2
                district:
                  name: Tiny Generic
                  schools:
                    - {name: all, count: 1, grades: K-12, students_per_grade: 10}
                components:
                  blended_learning: {}
                  learning_plans: {}
                  competency_progression: {}
                  partnerships: {}
                """);
        return dir;
    }

    public static Explorer explorer(Path dir, Explorer.Limits limits) throws IOException {
        ShippedScenarios shipped = ShippedScenarios.read(write(dir), new ScenarioReader());
        return new Explorer(shipped, ComponentRegistry.discover(), EvidenceRegistry.builtIn(), 2, limits);
    }
}
