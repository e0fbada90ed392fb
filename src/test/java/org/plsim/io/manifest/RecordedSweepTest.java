package org.plsim.io.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plsim.experiment.sweep.ExpandedSweep;
import org.plsim.io.input.SweepFiles;

/**
 * A sweep written back from the resolved sweep its manifest records reads as the same sweep — the same
 * fingerprint and the same recorded tree, base path included — for every design, replicate rule and kind of
 * factor, and for every shipped sweep file: what {@code plsim rerun} of a sweep folder stands on.
 */
class RecordedSweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The sweep as a manifest records it: its tree, through JSON text and back. */
    private static JsonNode recorded(ExpandedSweep plan) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(plan.toTree()));
    }

    private ExpandedSweep roundTrip(ExpandedSweep plan, String fileName) throws Exception {
        Path again = Files.createTempDirectory(dir, "again");
        return SweepFiles.reader().read(RecordedSweep.write(recorded(plan), fileName, again));
    }

    private void assertSameSweep(ExpandedSweep plan, String fileName) throws Exception {
        ExpandedSweep again = roundTrip(plan, fileName);
        assertEquals(plan.fingerprint(), again.fingerprint(), fileName);
        JsonNode before = recorded(plan);
        JsonNode after = recorded(again);
        if (before.has("scenarios")) { // a cohort's files are re-made one per point, so only their list differs
            assertEquals(before.get("scenarios").size(), after.path("design").path("files").size(), fileName);
            ((com.fasterxml.jackson.databind.node.ObjectNode) before.get("design")).remove("files");
            ((com.fasterxml.jackson.databind.node.ObjectNode) after.get("design")).remove("files");
        }
        assertEquals(before, after, fileName + ": the recorded tree, base path included");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "design: factorial\nfactors:\n  district.class_size: {levels: [20, 28]}\n"
            + "  components.blended_learning.fidelity.peak: {levels: [0.7, 0.9]}\n",
        "title: mix\nseed: 5\nreplicates: 3\ndesign: {type: component_mix, components: [blended_learning, learning_plans]}\n"
            + "set: {budget.total_dollars: 0}\nfactors:\n  components.blended_learning.adaptive_minutes_per_week.math: "
            + "{levels: [45, 180]}\n",
        "set:\n  uncertainty: none\n  years: 1\ndesign: {type: latin_hypercube, points: 5}\nfactors:\n"
            + "  evidence.implementation.scale_attenuation: {range: [0.33, 0.67]}\n  district.class_size: "
            + "{range: [18, 30], integer: true}\n",
        "design: {type: random, points: 3}\nfactors:\n  district.low_income_share: {range: [0.2, 0.8]}\n",
        "design: {type: morris, trajectories: 3, levels: 4}\nfactors:\n  district.low_income_share: {range: [0.2, 0.8]}\n"
            + "  components.blended_learning.fidelity.peak: {range: [0.7, 1.0]}\n",
        "replicates:\n  adaptive: {target_half_width: 0.02, min: 2, max: 6, batch: 2, year: 1}\ndesign: factorial\n"
            + "factors:\n  components.blended_learning.connectivity: {levels: [0.5, 1.0]}\n"
            + "outputs: {measures: [achievement], subgroups: [all, low_income], by_grade: true}\n",
        "design: factorial\nfactors:\n  components.blended_learning.rollout: {levels: [{schools: [middle]}, "
            + "{grades: 6-7, coverage: 0.5}]}\n  district.schools[1].grades: {levels: [6-8, 7-8]}\n"
    })
    void everyDesignAndFactorKind_readsBackAsTheSameSweep(String body) throws Exception {
        Path file = SweepFiles.write(dir, "a-sweep.yaml", "base: base.yaml\n" + body);
        assertSameSweep(SweepFiles.reader().read(file), "a-sweep.yaml");
    }

    @Test
    void aBaseUpTheTree_goesUpTheTreeAgain_andAnAbsoluteOneBesideTheSweep() throws Exception {
        Path sweeps = Files.createDirectories(dir.resolve("a/b/sweeps"));
        Files.writeString(dir.resolve("a/base.yaml"), SweepFiles.BASE);
        Path file = Files.writeString(sweeps.resolve("up.yaml"), "base: ../../base.yaml\ndesign: factorial\n"
                + "factors: {district.class_size: {levels: [20, 28]}}\n");
        assertSameSweep(SweepFiles.reader().read(file), "up.yaml");

        Files.writeString(file, "base: " + dir.resolve("a/base.yaml") + "\ndesign: factorial\n"
                + "factors: {district.class_size: {levels: [20, 28]}}\n");
        ExpandedSweep absolute = SweepFiles.reader().read(file);
        ExpandedSweep again = roundTrip(absolute, "up.yaml");
        assertEquals(absolute.fingerprint(), again.fingerprint(), "the base's path is not in the fingerprint");
        assertEquals("base-scenario.yaml", again.toTree().get("base") instanceof java.util.Map<?, ?> b
                ? b.get("file") : null);
    }

    @Test
    void everyShippedSweep_readsBackAsTheSameSweep() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios/sweeps"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path f : files) {
            assertSameSweep(SweepFiles.reader().read(f), f.getFileName().toString());
        }
    }

    @Test
    void aRecordWithoutItsBaseScenario_isRefusedNamingTheKey() throws Exception {
        JsonNode partial = JSON.readTree("{\"id\": \"x\", \"base\": {\"file\": \"base.yaml\"}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordedSweep.write(partial, "x.yaml", dir));
        assertTrue(e.getMessage().startsWith("sweep.base.scenario: missing"), e.getMessage());
    }
}
