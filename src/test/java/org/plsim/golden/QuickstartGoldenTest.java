package org.plsim.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.Version;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.csv.OutcomeCsv;
import org.plsim.io.input.ScenarioReader;
import org.plsim.scenario.ScenarioSpec;

/**
 * A seeded golden run: {@code scenarios/quickstart.yaml} with seed 42 and 2 replicates must reproduce the
 * stored {@code outcomes.csv} byte for byte. A change to the model's rules that moves any number fails here;
 * if the change is intended, bump {@link Version#MODEL} and regenerate the file with
 * {@code mvn test -Dtest=QuickstartGoldenTest -Dplsim.golden.update=true}.
 */
class QuickstartGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/quickstart-seed42-outcomes.csv");
    private static final Path VERSION = Path.of("src/test/resources/golden/model-version.txt");

    @Test
    void quickstartSeed42_reproducesTheGoldenOutcomesByteForByte(@TempDir Path tmp) throws Exception {
        ScenarioSpec spec = new ScenarioReader().read(Path.of("scenarios/quickstart.yaml")).withSeed(42)
                .withReplicates(2);
        ScenarioResult result = new ScenarioRunner(ComponentRegistry.discover(), 2).run(spec, ProgressListener.NONE);
        Path written = tmp.resolve(OutcomeCsv.FILE);
        OutcomeCsv.write(written, result);
        if (Boolean.getBoolean("plsim.golden.update")) {
            Files.copy(written, GOLDEN, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(VERSION, Version.MODEL + "\n");
        }
        assertEquals(Files.readString(VERSION).trim(), Version.MODEL,
                "the golden file was made by another model version: regenerate it (see the class comment)");
        List<String> expected = Files.readAllLines(GOLDEN);
        List<String> actual = Files.readAllLines(written);
        assertTrue(expected.size() > 1000, "a real golden file");
        assertEquals(expected.size(), actual.size(), "rows");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "outcomes.csv line " + (i + 1));
        }
        assertEquals(Files.size(GOLDEN), Files.size(written), "bytes");
    }

    @Test
    void theGoldenFile_isInGitAndNotEmpty() throws IOException {
        assertTrue(Files.size(GOLDEN) > 100_000);
    }
}
