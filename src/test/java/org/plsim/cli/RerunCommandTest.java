package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run folder re-runs exactly from its manifest, and a changed table is caught. */
class RerunCommandTest {
    @TempDir
    Path tmp;

    private int rerun(StringWriter out, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        String[] all = new String[args.length + 1];
        all[0] = "rerun";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void aRunWithAComponent_rerunsByteIdentically_andATamperedRecordIsCaught() throws Exception {
        Path original = tmp.resolve("original");
        assertEquals(0, Main.execute("run", "scenarios/components/learning_plans.yaml", "--replicates", "2",
                "--out", original.toString(), "--quiet", "--no-progress"));
        StringWriter out = new StringWriter();
        assertEquals(0, rerun(out, original.resolve("manifest.json").toString(), "--out",
                tmp.resolve("again").toString()), out.toString());
        assertTrue(out.toString().contains("byte-identical: all 4 CSV files match"), "[" + out + "]");

        Path manifest = original.resolve("manifest.json");
        String text = Files.readString(manifest);
        String sha = org.plsim.io.Manifest.sha256(original.resolve("effects.csv"));
        Files.writeString(manifest, text.replace(sha, "0".repeat(64)));
        StringWriter second = new StringWriter();
        assertEquals(1, rerun(second, manifest.toString(), "--out", tmp.resolve("third").toString()));
        assertTrue(second.toString().contains("NOT identical: effects.csv"), second.toString());
    }

    @Test
    void somethingElse_isBadInput() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(2, rerun(out, tmp.resolve("missing.json").toString()));
        Path notManifest = Files.writeString(tmp.resolve("x.json"), "{\"a\": 1}");
        assertEquals(2, rerun(out, notManifest.toString()));
        assertTrue(out.toString().contains("the manifest.json of a plsim run folder"), out.toString());
    }
}
