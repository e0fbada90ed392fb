package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.EffectKey;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.SyntheticSweep;

class RunsTableTest {
    @TempDir
    Path tmp;

    @Test
    void readsEveryRun_keyByKey_inYearGradeSubjectSubgroupMeasureOrder() throws IOException {
        Path file = tmp.resolve("runs.csv");
        SyntheticSweep.of("s", 3, 2).keys(SyntheticSweep.achievement(2))
                .effect((p, r, k) -> p == 2 && r == 1 && k.group() == Subgroup.DISABILITY ? Double.NaN
                        : 0.1 * p + 0.01 * r + k.year())
                .writeRuns(file);

        SweepRuns runs = RunsTable.read(file, "s", 3);

        assertEquals(3, runs.points());
        assertEquals(2, runs.replicates());
        assertEquals(3 * 2 * Subgroup.values().length + 2, runs.keys().size(), "years × subjects × subgroups, and cost");
        assertEquals(List.copyOf(runs.keys()), runs.keys().stream().sorted(SweepRuns.ORDER).toList());
        SweepRuns.Cells math = runs.cells(Runs.math(2)).orElseThrow();
        assertEquals(2.21, math.effect()[2][1], 1e-12);
        assertEquals(-0.1 + 0.01, math.bau()[2][1], 1e-12);
        EffectKey disability = Runs.key(1, Subject.READING, Subgroup.DISABILITY, Measure.ACHIEVEMENT);
        assertTrue(Double.isNaN(runs.cells(disability).orElseThrow().effect()[2][1]), "a blank is NaN");
        assertTrue(runs.hasCosts());
    }

    @Test
    void anotherSweepsRows_orAPointOutsideTheDesign_areRefusedNamingTheLine() throws IOException {
        Path file = tmp.resolve("runs.csv");
        SyntheticSweep.of("s", 3, 1).keys(List.of(Runs.math(1))).writeRuns(file);

        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> RunsTable.read(file, "other", 3));
        assertTrue(foreign.getMessage().contains("runs.csv:2: sweep_id"), foreign.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> RunsTable.read(file, "s", 2));
        assertTrue(outside.getMessage().contains("runs.csv:4:"), outside.getMessage());
    }

    @Test
    void anUnknownLabel_isRefusedNamingTheLine() throws IOException {
        Path file = tmp.resolve("runs.csv");
        SyntheticSweep.of("s", 1, 1).keys(List.of(Runs.math(1))).writeRuns(file);
        Files.writeString(file, Files.readString(file).replace(",math,", ",maths,"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunsTable.read(file, "s", 1));
        assertTrue(e.getMessage().contains("runs.csv:2: unknown subject: maths"), e.getMessage());
    }
}
