package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.input.ReadScenario;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import picocli.CommandLine;

/** {@code plsim run} and evidence: {@code --uncertainty}, overrides, and the values in the manifest. */
class RunEvidenceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String SHARE = "implementation.sustained_share";
    private final EvidenceRegistry registry = EvidenceRegistry.builtIn();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private JsonNode run(ScenarioSpec spec, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("test.yaml", "--out", tmp.resolve("out").toString(), "--quiet"));
        args.addAll(List.of(more));
        CommandLine cli = new CommandLine(new RunCommand((file, components, threads) -> ReadScenario.of(spec),
                ComponentRegistry::discover, CLOCK));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());
        return new ObjectMapper().readTree(tmp.resolve("out/manifest.json").toFile());
    }

    @Test
    void theManifest_recordsTheModeTheRegistryHashAndEveryValueOfEveryReplicate() throws IOException {
        JsonNode evidence = run(Districts.scenario(Districts.k12(2, 20), 1, 3, List.of())).get("evidence");

        assertEquals("evidence", evidence.get("mode").asText());
        assertEquals(registry.sha256(), evidence.get("registry_sha256").asText());
        assertEquals(3, evidence.get("replicates").size());
        for (JsonNode replicate : evidence.get("replicates")) {
            JsonNode values = replicate.get("values");
            List<String> ids = new ArrayList<>();
            values.fieldNames().forEachRemaining(ids::add);
            assertEquals(registry.ids(), ids);
            for (EvidenceParameter p : registry.parameters()) {
                double v = values.get(p.id()).asDouble();
                assertTrue(v >= p.low() && v <= p.high(), p.id() + " = " + v);
                if (p.fixed()) {
                    assertEquals(p.central(), v, p.id());
                }
            }
            assertTrue(replicate.get("run_seed").isNumber());
        }
        assertNotEquals(evidence.get("replicates").get(0).get("values").get(SHARE).asDouble(),
                evidence.get("replicates").get(1).get("values").get(SHARE).asDouble());
    }

    @Test
    void uncertaintyNone_onTheCommandLine_holdsCentralValues_andIsRecordedInTheResolvedScenario() throws IOException {
        JsonNode manifest = run(Districts.scenario(Districts.k12(2, 20), 1, 2, List.of()), "--uncertainty", "NONE");

        assertEquals("none", manifest.get("evidence").get("mode").asText());
        assertEquals("none", manifest.get("scenario").get("uncertainty").asText());
        for (JsonNode replicate : manifest.get("evidence").get("replicates")) {
            registry.parameters().forEach(p -> assertEquals(p.central(), replicate.get("values").get(p.id()).asDouble()));
        }
    }

    @Test
    void aScenariosOverride_isTheValueEveryReplicateUses() throws IOException {
        ScenarioSpec spec = Districts.scenario(Districts.k12(2, 20), 1, 2, List.of()).withEvidence(Map.of(SHARE, 0.3));
        JsonNode manifest = run(spec);
        for (JsonNode replicate : manifest.get("evidence").get("replicates")) {
            assertEquals(0.3, replicate.get("values").get(SHARE).asDouble());
        }
        assertEquals(0.3, manifest.get("scenario").get("evidence").get(SHARE).asDouble());
    }

    @Test
    void anUnknownUncertaintyMode_isAUsageError() {
        int exit = Main.execute("run", "scenarios/quickstart.yaml", "--uncertainty", "some",
                "--out", tmp.resolve("x").toString());
        assertEquals(2, exit);
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void aScenarioFileWithAMisspeltEvidenceId_exits2WithDidYouMean_andWritesNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("typo.yaml"), "title: typo\nreplicates: 1\n"
                + "evidence:\n  implementation.sustained_shares: 0.3\n");
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));

        assertEquals(2, cli.execute("run", file.toString(), "--out", tmp.resolve("never").toString()));

        assertEquals(file + ":4: evidence.implementation.sustained_shares: unknown evidence parameter "
                + "'implementation.sustained_shares', did you mean 'implementation.sustained_share'?",
                err.toString().strip());
        assertFalse(Files.exists(tmp.resolve("never")));
    }
}
