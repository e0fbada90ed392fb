package org.plsim.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.files.Sha256;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

class RunReportTest {
    static final List<String> TABLES = List.of("outcomes.csv", "effects.csv", "summary.csv");

    @TempDir
    Path tmp;

    /** About 1,000 students, 2 years, 3 replicates, with a test component giving real effects. */
    static ScenarioSpec practiceScenario() {
        return Districts.scenario(Districts.k12(2, 40), 2, 3,
                List.of(new ComponentSpec("extra_practice", Map.of("sd_per_week", 0.004))));
    }

    private Path write(ScenarioSpec spec, int threads, String name) throws IOException {
        RunReport report = RunReport.of(new ScenarioRunner(ComponentRegistry.discover(), threads)
                .run(spec, ProgressListener.NONE));
        Path folder = Files.createDirectories(tmp.resolve(name));
        report.writeTo(folder, new Provenance("test.yaml", List.of("run", "test.yaml"),
                Instant.parse("2024-01-02T03:04:05Z"), tmp, threads));
        return folder;
    }

    @Test
    void theSameScenarioAndSeed_twice_giveByteIdenticalTables() throws IOException {
        Path a = write(practiceScenario(), 2, "a");
        Path b = write(practiceScenario(), 2, "b");

        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(table)), Files.readAllBytes(b.resolve(table)), table);
        }
    }

    @Test
    void oneThreadOrThree_giveByteIdenticalTables() throws IOException {
        Path one = write(practiceScenario(), 1, "one");
        Path three = write(practiceScenario(), 3, "three");

        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(table)), Files.readAllBytes(three.resolve(table)), table);
        }
    }

    @Test
    void anotherSeed_givesOtherOutcomes() throws IOException {
        Path a = write(practiceScenario(), 2, "a");
        Path b = write(practiceScenario().withSeed(7), 2, "b");

        assertTrue(!Files.readString(a.resolve("outcomes.csv")).equals(Files.readString(b.resolve("outcomes.csv"))));
    }

    @Test
    void everyFileIsWritten_andTheManifestHashesEachOfTheOthers() throws IOException {
        Path folder = write(practiceScenario(), 2, "run");

        for (String f : RunReport.FILES) {
            assertTrue(Files.size(folder.resolve(f)) > 0, f);
        }
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            Path p = folder.resolve(file.get("name").asText());
            assertEquals(Sha256.ofFile(p), file.get("sha256").asText());
            assertEquals(Files.size(p), file.get("bytes").asLong());
            listed.add(file.get("name").asText());
        }
        assertEquals(List.of("outcomes.csv", "effects.csv", "summary.csv", "trajectory.png", "trajectory.svg",
                "effects.svg", "report.html", "costs.csv"), listed, "a run with a component also writes its costs");
        assertEquals(3, manifest.get("run_seeds").size());
        assertEquals(42L, manifest.get("root_seed").asLong());
        assertEquals("2024-01-02T03:04:05Z", manifest.get("created_at").asText());
        assertEquals(64, manifest.get("scenario_sha256").asText().length());
        assertEquals("test", manifest.get("scenario").get("id").asText());
    }

    @Test
    void theComponent_raisesMathAchievement_andTheReportSaysByHowMuch() {
        RunReport report = RunReport.of(new ScenarioRunner(ComponentRegistry.discover(), 2)
                .run(practiceScenario(), ProgressListener.NONE));

        var year2math = report.achievement().stream()
                .filter(s -> s.key().year() == 2 && s.key().subject().label().equals("math")).findFirst().orElseThrow();
        // 0.004 SD a week for 36 weeks, two years: about 0.29 SD, less the mean reversion and cohort turnover
        assertTrue(year2math.effect().mean() > 0.15 && year2math.effect().mean() < 0.30,
                "effect " + year2math.effect().mean());
        assertTrue(year2math.effect().ciLow() < year2math.effect().mean());
    }
}
