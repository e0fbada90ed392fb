package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.csv.EvppiCsv;
import org.plsim.testing.TinyDosageSweep;
import picocli.CommandLine;

/**
 * {@code plsim voi} on a tiny real sweep with the evidence drawn: it writes evppi.csv, the chart and voi.html,
 * the same bytes twice, values in dollars with {@code --wtp}, and refuses bad options and a sweep that held the
 * evidence central with exit 2, leaving earlier results untouched.
 */
class VoiCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private Path sweepFile(String uncertainty) throws IOException {
        return TinyDosageSweep.write(tmp, "voi-" + uncertainty + ".yaml", uncertainty, 6, 45, 180);
    }

    private int voi(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aSweepWithDrawnEvidence_getsItsValueOfInformation_sameBytesTwice_andInDollars() throws IOException {
        Path file = sweepFile("evidence");
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        assertEquals(0, voi("voi", out.toString(), "--sweep", file.toString()), err.toString());
        List<String> lines = Files.readAllLines(out.resolve(EvppiCsv.FILE));
        assertEquals(String.join(",", EvppiCsv.COLUMNS), lines.get(0));
        assertTrue(lines.get(1).contains(",all,"), "EVPI first: " + lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",blended_learning.math_effect,")),
                "a drawn parameter of the plan's effect is valued");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",SD,")), "in SD without --wtp");
        for (String f : List.of("evppi.png", "evppi.svg", "voi.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        byte[] first = Files.readAllBytes(out.resolve(EvppiCsv.FILE));
        assertEquals(0, voi("voi", out.toString(), "--sweep", file.toString()));
        assertArrayEquals(first, Files.readAllBytes(out.resolve(EvppiCsv.FILE)), "deterministic");

        assertEquals(2, voi("voi", out.toString(), "--sweep", file.toString(), "--subject", "art"));
        assertTrue(err.toString().contains("--subject: found art, allowed: math, reading, all"), err.toString());
        assertArrayEquals(first, Files.readAllBytes(out.resolve(EvppiCsv.FILE)), "a refusal keeps the results");
        assertEquals(2, voi("voi", out.toString(), "--sweep", file.toString(), "--year", "3"));
        assertTrue(err.toString().contains("--subject, --year: found math, year 3, allowed: subjects [math, reading],"
                + " years 1…1"), err.toString());
        assertEquals(2, voi("voi", tmp.toString(), "--sweep", file.toString()));
        assertTrue(err.toString().contains("holds no runs.csv"), err.toString());

        assertEquals(0, voi("voi", out.toString(), "--sweep", file.toString(), "--wtp", "1000"), err.toString());
        assertTrue(Files.readAllLines(out.resolve(EvppiCsv.FILE)).stream().skip(1)
                .allMatch(l -> l.contains(",$ per student,1000.000000,")));
    }

    @Test
    void aSweepThatHeldTheEvidenceCentral_isRefusedNamingUncertainty() throws IOException {
        Path file = sweepFile("none");
        Path out = tmp.resolve("central");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        assertEquals(2, voi("voi", out.toString(), "--sweep", file.toString()));
        assertTrue(err.toString().contains("uncertainty: point 0"), err.toString());
        assertTrue(!Files.exists(out.resolve(EvppiCsv.FILE)), "nothing written");
    }
}
