package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.input.InputKind;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;
import org.plsim.workflow.rerun.RecordedFolder;
import picocli.CommandLine;

/**
 * Issue 14: {@code plsim validate} read a 50 MB file whole, up to three times, to guess its kind, before the 1 MiB
 * limit {@code plsim run} applies. Every command that reads YAML now refuses a file over the limit before reading
 * it: each file here is valid YAML of its kind padded with comments past 1 MiB, so had a command parsed it, it
 * would have run (or said something else); each says only the limit, exits 2 and writes nothing.
 */
class OversizedInputTest {
    private static final String LIMIT = "allowed: at most 1,048,576 bytes";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int plsim(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Everything the command said on standard error, by picocli's writer or System.err, line by line. */
    private List<String> errorLines() {
        return (err + systemErr.toString(StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).toList();
    }

    /** {@code shipped}'s text, then comment lines until the file is 1.5 MiB: valid YAML of the same kind. */
    private Path padded(String shipped, String name) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(Path.of(shipped))).append('\n');
        while (text.length() < 3 << 19) {
            text.append("# padding: a comment line that any YAML parser would have to read through ..........\n");
        }
        return Files.writeString(tmp.resolve(name), text);
    }

    private void assertRefusedUnread(int exit, Path file) {
        assertEquals(2, exit, String.join("\n", errorLines()));
        List<String> lines = errorLines();
        assertEquals(1, lines.size(), "only the limit, no problem found by parsing: " + lines);
        assertTrue(lines.get(0).startsWith(file + ": found a file of 1,572,"), lines.get(0));
        assertTrue(lines.get(0).contains(LIMIT), lines.get(0));
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");
    }

    private String results() {
        return tmp.resolve("results").toString();
    }

    @Test
    void validate_refusesAnOversizedSweepFile_beforeGuessingItsKind() throws IOException {
        Path sweep = padded("scenarios/sweeps/component-mix.yaml", "mix.yaml");
        assertRefusedUnread(plsim("validate", sweep.toString()), sweep);
        assertEquals("", out.toString() + systemOut.toString(StandardCharsets.UTF_8));
    }

    /**
     * Before: validate read the whole file to guess its kind, so a 3 GiB file ended in an OutOfMemoryError and a
     * stack trace (exit 1). The file is sparse: it takes no disk, and nothing of it is read.
     */
    @Test
    void validate_refusesAFileOfGigabytes_unread() throws IOException {
        Path huge = tmp.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertEquals(2, plsim("validate", huge.toString()), String.join("\n", errorLines()));
        assertEquals(List.of(huge + ": found a file of 3,221,225,472 bytes, " + LIMIT + " (1 MiB; the reference "
                + "scenario is about 15 KB), so it was not read (is this a scenario, sweep or calibration file?)"),
                errorLines());
    }

    @Test
    void validate_refusesAnOversizedScenario_andStillChecksTheNextFile() throws IOException {
        Path big = padded("scenarios/quickstart.yaml", "big.yaml");
        int exit = plsim("validate", big.toString(), "scenarios/quickstart.yaml");
        assertEquals(2, exit);
        assertTrue(out.toString().startsWith("OK  scenarios/quickstart.yaml"), out.toString());
        assertTrue(errorLines().get(0).contains(LIMIT), errorLines().toString());
    }

    @Test
    void run_refusesAnOversizedScenario() throws IOException {
        Path big = padded("scenarios/quickstart.yaml", "big.yaml");
        assertRefusedUnread(plsim("run", big.toString(), "--results-dir", results(), "--no-progress"), big);
    }

    @Test
    void compare_refusesAnOversizedPlan() throws IOException {
        Path big = padded("scenarios/quickstart.yaml", "big.yaml");
        int exit = plsim("compare", big.toString(), big.toString(), "--results-dir", results(), "--no-progress");
        assertEquals(2, exit);
        assertTrue(errorLines().stream().allMatch(l -> l.startsWith(big + ": found a file of") && l.contains(LIMIT)),
                errorLines().toString());
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    @Test
    void sweep_refusesAnOversizedSweepFile() throws IOException {
        Path sweep = padded("scenarios/sweeps/component-mix.yaml", "mix.yaml");
        assertRefusedUnread(plsim("sweep", sweep.toString(), "--results-dir", results(), "--quiet"), sweep);
    }

    @Test
    void reproduce_refusesAnOversizedStudy() throws IOException {
        Path study = padded("scenarios/studies/cristia-2017-olpc-peru.yaml", "study.yaml");
        assertRefusedUnread(plsim("reproduce", study.toString(), "--results-dir", results(), "--quiet"), study);
    }

    @Test
    void calibrate_refusesAnOversizedCalibrationFile() throws IOException {
        Path calibration = padded("scenarios/calibrations/blended-and-competency.yaml", "fit.yaml");
        assertRefusedUnread(plsim("calibrate", calibration.toString(), "--results-dir", results(), "--quiet"),
                calibration);
    }

    @Test
    void rerun_refusesAManifestBeyondItsLimit_unread() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("results/run/1"));
        Path manifest = folder.resolve("manifest.json");
        try (RandomAccessFile f = new RandomAccessFile(manifest.toFile(), "rw")) {
            f.setLength(RecordedFolder.MAX_MANIFEST_BYTES + 1); // sparse: nothing is written but its length
        }
        int exit = plsim("rerun", manifest.toString());
        assertEquals(2, exit);
        assertEquals(1, errorLines().size(), errorLines().toString());
        assertTrue(errorLines().get(0).startsWith(manifest + ": found a file of 67,108,865 bytes, allowed: at most "
                + "67,108,864 bytes"), errorLines().get(0));
        try (var s = Files.list(tmp.resolve("results/run"))) {
            assertEquals(1, s.count(), "no rerun folder beside the original");
        }
    }

    @Test
    void yamlTextNotFromAFile_meetsTheSameLimit_unparsed() {
        String text = "title: x\n" + "# pad\n".repeat(200_000) + "years: [unclosed\n";
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> new ScenarioReader().readString(text, "recorded.yaml"));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).toString().startsWith("recorded.yaml: found YAML text of 1,200,026 bytes, "
                + LIMIT), e.problems().get(0).toString());
    }

    @Test
    void theKindIsTold_byTheTopLevelKeys() throws IOException {
        assertEquals(InputKind.SWEEP, InputKind.of(Files.readString(Path.of("scenarios/sweeps/component-mix.yaml"))));
        assertEquals(InputKind.CALIBRATION,
                InputKind.of(Files.readString(Path.of("scenarios/calibrations/blended-and-competency.yaml"))));
        assertEquals(InputKind.SCENARIO, InputKind.of(Files.readString(Path.of("scenarios/quickstart.yaml"))));
        assertEquals(InputKind.SCENARIO, InputKind.of("years: [unclosed"));
    }
}
