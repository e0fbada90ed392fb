package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.files.Sha256;
import org.plsim.calibration.CalibrationProgress;
import org.plsim.calibration.TinyStudies;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.manifest.CalibrationOutputs;
import org.plsim.io.csv.FitCsv;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.manifest.ParameterFile;
import picocli.CommandLine;

/** {@code plsim calibrate} end to end on tiny studies: the folder, its determinism, a rerun, and bad input. */
class CalibrateCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
    static final String CALIBRATION = """
            # a tiny calibration
            parameters:
              - {id: blended_learning.math_effect, low: 0.05, high: 0.25}
            targets:
              - studies/tiny-blended.yaml
            holdout:
              - studies/tiny-blended-aligned.yaml
            replicates: 2
            seed: 5
            max_evaluations: 20
            """;

    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void studies() throws IOException {
        Files.createDirectories(tmp.resolve("studies"));
        Files.writeString(tmp.resolve("studies/tiny-blended.yaml"), TinyStudies.BLENDED);
        Files.writeString(tmp.resolve("studies/tiny-blended-aligned.yaml"), TinyStudies.BLENDED_ALIGNED);
    }

    int calibrate(String... args) {
        CommandLine cli = new CommandLine(new CalibrateCommand(CLOCK));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aCalibration_writesFitParametersAndManifest_inItsFolder_andPrintsBeforeAndAfter() throws IOException {
        Path file = Files.writeString(tmp.resolve("tiny.yaml"), CALIBRATION);
        assertEquals(0, calibrate(file.toString(), "--results-dir", tmp.resolve("results").toString(),
                "--threads", "2"), err.toString());

        Path folder = tmp.resolve("results/calibrations/tiny/20240102-030405-seed5");
        for (String name : CalibrationOutputs.FILES) {
            assertTrue(Files.exists(folder.resolve(name)), name);
        }
        List<String> fit = Files.readAllLines(folder.resolve(FitCsv.FILE));
        assertEquals(String.join(",", FitCsv.COLUMNS), fit.get(0));
        assertTrue(fit.get(1).startsWith("tiny-blended,true,achievement,math,1,3-5,"), fit.get(1));
        assertTrue(fit.get(2).startsWith("tiny-blended-aligned,false,aligned_mastery,math,1,3-5,"), fit.get(2));
        JsonNode m = new ObjectMapper().readTree(folder.resolve(Manifest.FILE).toFile());
        assertEquals("calibrate", m.get("kind").asText());
        assertEquals(CALIBRATION, m.get("calibration").get("text").asText());
        assertEquals(TinyStudies.BLENDED, m.get("studies").get(0).get("text").asText());
        assertFalse(m.get("studies").get(1).get("in_sample").asBoolean());
        assertEquals(2, m.get("studies").get(0).get("run_seeds").size());
        assertEquals("Brent", m.get("optimiser").get("method").asText());
        assertEquals(Sha256.ofFile(folder.resolve(ParameterFile.FILE)), m.get("files").get(1).get("sha256").asText());
        String printed = out.toString();
        assertTrue(printed.contains("evaluation   1  objective"), printed);
        assertTrue(printed.contains("tiny-blended-aligned") && printed.contains("holdout"), printed);
    }

    @Test
    void theSameCalibration_givesByteIdenticalFitAndParameters_againAndFromItsManifest() throws Exception {
        Path file = Files.writeString(tmp.resolve("tiny.yaml"), CALIBRATION);
        assertEquals(0, calibrate(file.toString(), "--out", tmp.resolve("a").toString(), "--threads", "2", "-q"));
        assertEquals(0, calibrate(file.toString(), "--out", tmp.resolve("b").toString(), "--threads", "1", "-q"));
        Files.delete(file); // a rerun needs only the manifest
        Files.delete(tmp.resolve("studies/tiny-blended.yaml"));
        Path c = CalibrationOutputs.rerun(tmp.resolve("a/manifest.json"), tmp.resolve("c"), ComponentRegistry.discover(),
                2, List.of("rerun"), CalibrationProgress.NONE);
        for (String name : List.of(FitCsv.FILE, ParameterFile.FILE)) {
            byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(name));
            assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
            assertArrayEquals(a, Files.readAllBytes(c.resolve(name)), name + " from the manifest");
        }
    }

    @Test
    void plsimRerun_reFitsACalibrationFolder_andSaysFitAndParametersAreByteIdentical() throws Exception {
        Path file = Files.writeString(tmp.resolve("tiny.yaml"), CALIBRATION);
        assertEquals(0, calibrate(file.toString(), "--out", tmp.resolve("a").toString(), "--threads", "2", "-q"));
        Files.delete(file);
        StringWriter said = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(said, true));
        cli.setErr(new PrintWriter(said, true));
        assertEquals(0, cli.execute("rerun", tmp.resolve("a/manifest.json").toString(), "--out",
                tmp.resolve("again").toString(), "--no-progress"), said.toString());
        assertTrue(said.toString().contains("byte-identical: 2 of 2"), said.toString());
    }

    @Test
    void aBadCalibrationFile_listsEveryProblemWithFileLineAndField_exits2_andWritesNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), """
                parameters:
                  - {id: blended_learning.math_efect}
                  - {id: competency_progression.corrective_efficiency, low: 1.0, high: 9}
                  - {id: blended_learning.reading_effect, low: 0.15, high: 0.1}
                targets:
                  - studies/tiny-blended.yaml
                  - studies/nowhere.yaml
                  - studies/tiny-blended.yaml
                holdout:
                  - studies/tiny-blended.yaml
                replicate: 4
                """);
        assertEquals(2, calibrate(file.toString(), "--results-dir", tmp.resolve("results").toString()));
        String e = err.toString();
        String f = file.toString();
        assertTrue(e.contains(f + ":2: parameters[0].id: unknown evidence parameter 'blended_learning.math_efect', "
                + "did you mean 'blended_learning.math_effect'?"), e);
        assertTrue(e.contains(f + ":3: parameters[1].low: found 1, allowed: a number in [2.5, 6]"), e);
        assertTrue(e.contains(f + ":3: parameters[1].high: found 9, allowed: a number in [2.5, 6]"), e);
        assertTrue(e.contains(f + ":4: parameters[2].high: found low 0.15 and high 0.1, allowed: low < high"), e);
        assertTrue(e.contains(f + ":7: targets[1]: found 'studies/nowhere.yaml': no such file"), e);
        assertTrue(e.contains(f + ":8: targets[2]: found 'studies/tiny-blended.yaml', already listed as targets[0] "
                + "(line 6); allowed: each study once"), e);
        assertTrue(e.contains(f + ":10: holdout[0]: found 'studies/tiny-blended.yaml', already listed as targets[0] "
                + "(line 6); allowed: a study that is not a target"), e);
        assertTrue(e.contains(f + ":11: replicate: unknown key 'replicate', did you mean 'replicates'?"), e);
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");
    }

    @Test
    void aBadStudyFile_isReportedWithItsOwnFileAndLine() throws IOException {
        Files.writeString(tmp.resolve("studies/broken.yaml"), TinyStudies.BLENDED.replace("years: 1", "years: 40"));
        Path file = Files.writeString(tmp.resolve("bad.yaml"), CALIBRATION.replace("studies/tiny-blended-aligned.yaml",
                "studies/broken.yaml"));
        assertEquals(2, calibrate(file.toString(), "--results-dir", tmp.resolve("results").toString()));
        assertTrue(err.toString().contains(tmp.resolve("studies/broken.yaml") + ":10: study.sample.years: found 40"),
                err.toString());
        assertFalse(Files.exists(tmp.resolve("results")));
    }
}
