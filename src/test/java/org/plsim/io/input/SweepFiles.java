package org.plsim.io.input;

import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;

/** Sweep files written for a test: a tiny base scenario beside them, and the sweep text as given. */
public final class SweepFiles {
    /** 260 students, two years, blended learning in the middle school: reads and checks in milliseconds. */
    public static final String BASE = """
            title: Tiny base
            years: 2
            replicates: 2
            seed: 11
            district:
              schools:
                - {name: elementary, count: 1, grades: K-5, students_per_grade: 20}
                - {name: middle, count: 1, grades: 6-8, students_per_grade: 20}
                - {name: high, count: 1, grades: 9-12, students_per_grade: 20}
            components:
              blended_learning:
                rollout: {schools: [middle]}
            """;
    /** Memory is tested with scenarios; here the host's heap must not matter. */
    public static final HeapBudget ROOMY = new HeapBudget(Long.MAX_VALUE, 1);

    private SweepFiles() {
    }

    /** Writes {@code base.yaml} and {@code name} (the sweep) into {@code dir}; returns the sweep's path. */
    public static Path write(Path dir, String name, String sweep) {
        try {
            Files.writeString(dir.resolve("base.yaml"), BASE);
            return Files.writeString(dir.resolve(name), sweep);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SweepReader reader() {
        return new SweepReader(ComponentRegistry.discover(), EvidenceRegistry.builtIn(), ROOMY);
    }

    public static List<Problem> problems(Path dir, String sweep) {
        Path file = write(dir, "sweep.yaml", sweep);
        try {
            reader().read(file);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in:\n" + sweep);
    }
}
