package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.testing.TinyDosageSweep;

/**
 * {@code plsim discover}, {@code ceac} and {@code voi} each add their section to the sweep's {@code report.html}:
 * the sweep's own sections stay byte for byte, running them again gives the same bytes.
 */
class ReportAnalysesTest {
    private static final String BEGIN = "<!-- plsim: analyses of the finished sweep -->\n";
    private static final String END = "<!-- plsim: end of analyses -->\n";

    @TempDir
    Path tmp;

    private Path sweep() throws IOException {
        Path file = TinyDosageSweep.write(tmp, "dosage.yaml", "evidence", 6, 45, 180);
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", out.toString(), "--threads", "1", "--quiet"));
        return out;
    }

    private static void analyse(Path folder) {
        InProcessCli d = InProcessCli.run("discover", folder.toString(), "--where", "effect.year1.math > 0");
        assertEquals(0, d.exit(), d.said());
        InProcessCli c = InProcessCli.run("ceac", folder.toString(), "--outcome", "effect.year1.math");
        assertEquals(0, c.exit(), c.said());
        InProcessCli v = InProcessCli.run("voi", folder.toString());
        assertEquals(0, v.exit(), v.said());
    }

    @Test
    void eachAnalysis_addsItsSection_theSweepsOwnSectionsStay_andTwiceGivesTheSameBytes() throws IOException {
        Path folder = sweep();
        Path report = folder.resolve("report.html");
        String before = Files.readString(report);
        assertFalse(before.contains(BEGIN), "a sweep without analyses has no analyses block");

        InProcessCli d = InProcessCli.run("discover", folder.toString(), "--where", "effect.year1.math > 0");
        assertEquals(0, d.exit(), d.said());
        assertTrue(d.said().contains("report.html"), "says it rewrote the report: " + d.said());
        String discovered = Files.readString(report);
        assertTrue(discovered.contains("<h2>Scenario discovery: where the plan succeeds</h2>"), "section");
        assertTrue(discovered.contains("Success rule: <b>"), "the rule in words");
        assertTrue(discovered.contains("components.blended_learning.adaptive_minutes_per_week.math</td><td>"
                + "minutes per week</td>"), "the factor with its unit");
        assertTrue(discovered.contains("(coverage)") && discovered.contains("(density "), "coverage and density");
        assertFalse(discovered.contains("acceptability"), "ceac has not run yet");

        analyse(folder);
        String all = Files.readString(report);
        assertTrue(all.contains("<h2>Cost-effectiveness acceptability: is the plan worth its cost?</h2>"));
        assertTrue(all.contains("<th>$0 per 0.1 SD</th>"), "willingness to pay in dollars as column heads");
        assertTrue(all.contains("Outcome: effect on math achievement in school year 1, all students (SD; "
                + "effect.year1.math)."), "the outcome in words");
        assertTrue(all.contains("Best choice (frontier)"), "the frontier row");
        assertTrue(all.contains("<h2>Value of better evidence</h2>"));
        assertTrue(all.contains("(EVPI, over 6 evidence draws)"), all);
        assertTrue(all.contains("<th>Noise floor (95th percentile)</th>"), "the noise floor column");
        assertTrue(java.util.regex.Pattern.compile("top 5 of \\d+; an EVPPI").matcher(all).find(), "top rows");
        assertTrue(java.util.regex.Pattern.compile("<tr><td>[a-z_.]+</td><td>\\d\\.\\d{4} SD</td>").matcher(all)
                .find(), "an EVPPI row in SD");
        assertTrue(all.contains("<a href=\"voi.html\">voi.html</a>"), "link to the full page");
        assertTrue(all.indexOf(END) < all.indexOf("<h2>Files</h2>"), "before the files list");
        assertEquals(1, all.split(BEGIN, -1).length - 1, "one block, replaced not added");

        int begin = all.indexOf(BEGIN);
        int end = all.indexOf(END) + END.length();
        assertEquals(before, all.substring(0, begin) + all.substring(end), "the sweep's own sections unchanged");

        byte[] once = Files.readAllBytes(report);
        analyse(folder);
        assertArrayEquals(once, Files.readAllBytes(report), "same folder, same bytes");
    }
}
