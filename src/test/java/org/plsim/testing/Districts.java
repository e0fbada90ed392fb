package org.plsim.testing;

import java.util.List;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;

/** Small districts built in Java for model tests (no YAML). */
public final class Districts {
    private Districts() {
    }

    /** A K-12 district of three school levels with feeder moves between them. */
    public static DistrictSpec k12(int elementary, int perGradeElementary) {
        return new DistrictSpec("Test USD", List.of(
                new SchoolGroup("elementary", elementary, 0, 5, perGradeElementary),
                new SchoolGroup("middle", 1, 6, 8, perGradeElementary * elementary),
                new SchoolGroup("high", 1, 9, 12, perGradeElementary * elementary)),
                0.5, 0.1, 0.13, 24, 400, -0.1, -0.1, 0.94);
    }

    public static ScenarioSpec scenario(DistrictSpec district, int years, int replicates,
                                        List<ComponentSpec> components) {
        return new ScenarioSpec("test", "model test", years, 36, replicates, 42L, district,
                BusinessAsUsual.defaults(), components);
    }

    /** About 1,500 students over two school levels: fast enough for any test. */
    public static ScenarioSpec small(int years) {
        return scenario(k12(2, 40), years, 2, List.of());
    }
}
