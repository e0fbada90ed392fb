package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14: mistakes on the command line and in numbers that were answered in Java's words ("is not a long",
 * "Unmatched arguments", a range lost to an overflow). Each now names the option or field, says what is allowed,
 * exits 2 and writes nothing.
 */
class ArgumentMistakesTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int plsim(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private String results() {
        return tmp.resolve("results").toString();
    }

    @Test
    void aMisspeltCommand_getsDidYouMean() {
        assertEquals(2, plsim("rnu", "scenarios/quickstart.yaml"));
        assertEquals(List.of("plsim: unknown command 'rnu'; did you mean run?", "(plsim --help lists the commands)"),
                errLines());
        assertEquals("", out.toString(), "no usage text");
    }

    @Test
    void aLongerSlip_findsItsCommandToo_andAStrangerListsThemAll() {
        assertEquals(2, plsim("valdate", "x.yaml"));
        assertEquals("plsim: unknown command 'valdate'; did you mean validate?", errLines().get(0));
        err.getBuffer().setLength(0);
        assertEquals(2, plsim("frobnicate"));
        assertEquals("plsim: unknown command 'frobnicate'; allowed: run, cost, compare, validate, evidence, bench, "
                + "sweep, merge, status, rerun, reproduce, calibrate, explore", errLines().get(0));
    }

    @Test
    void aMisspeltOption_getsDidYouMean() {
        assertEquals(2, plsim("run", "scenarios/quickstart.yaml", "--seeed", "3", "--results-dir", results()));
        assertEquals(List.of("plsim run: unknown option '--seeed'; did you mean --seed?",
                "(plsim help run lists its options)"), errLines());
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    /** Before: "Invalid value for option '--seed': 'abc' is not a long". */
    @Test
    void aSeedThatIsNotANumber_saysWhatASeedIs() {
        assertEquals(2, plsim("run", "scenarios/quickstart.yaml", "--seed", "abc", "--results-dir", results()));
        assertEquals("plsim run: --seed: found 'abc', allowed: a whole number from -9223372036854775808 to "
                + "9223372036854775807, e.g. 42 (the root seed every random draw derives from: the same seed gives "
                + "the same results)", errLines().get(0));
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    @Test
    void replicatesBeyondAnInt_onTheCommandLine_keepTheirRange() {
        assertEquals(2, plsim("run", "scenarios/quickstart.yaml", "--replicates", "99999999999999",
                "--results-dir", results()));
        assertEquals("plsim run: --replicates: found '99999999999999', allowed: a whole number from 1 to 10000",
                errLines().get(0));
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    /** Before: "replicates: found 99999999999999, allowed: a whole number" — the range lost to the overflow. */
    @Test
    void replicatesBeyondAnInt_inAScenario_keepTheirRange() throws IOException {
        Path file = Files.writeString(tmp.resolve("many.yaml"), "title: many\nreplicates: 99999999999999\n");
        assertEquals(2, plsim("run", file.toString(), "--results-dir", results()));
        assertEquals(List.of(file + ":2: replicates: found 99999999999999, allowed: a whole number from 1 to 10000"),
                errLines());
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    @Test
    void aNegativeOverflow_andOneBeyondEvenALong_keepTheRangeToo() throws IOException {
        Path file = Files.writeString(tmp.resolve("wide.yaml"), "years: -99999999999999999999999\n"
                + "weeks_per_year: 12345678901\n");
        assertEquals(2, plsim("validate", file.toString()));
        assertEquals(List.of(
                file + ":1: years: found -99999999999999999999999, allowed: a whole number from 1 to 12",
                file + ":2: weeks_per_year: found 12345678901, allowed: a whole number from 20 to 45"), errLines());
    }
}
