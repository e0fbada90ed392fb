package org.plsim.io.sweepfolder;

import org.plsim.io.csv.RunsCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.PairedEffect;
import org.plsim.experiment.sweep.RunResult;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/** A part file keeps whole runs only: whatever a crash leaves after the last marker is cut off, never read. */
class PartFileTest {
    private static final String FP = "ab".repeat(32);

    @TempDir
    Path tmp;

    static RunResult run(int point, int replicate, int rows, double watched) {
        PairedEffect[] effects = new PairedEffect[rows];
        for (int i = 0; i < rows; i++) {
            effects[i] = new PairedEffect(replicate, 99L, new EffectKey(i + 1, Outcome.ALL_GRADES, Subject.MATH,
                    Subgroup.ALL, Measure.ACHIEVEMENT), 0.1 * i + point, 0.05 * i);
        }
        return new RunResult(new SweepKey(point, replicate), 99L, Arrays.asList(effects), watched, 1000, 2000, 3500);
    }

    private Path withRuns(RunResult... runs) throws Exception {
        Path file = tmp.resolve("runs-0-of-1.csv.part");
        try (PartWriter w = PartWriter.open(file, "s", FP, Shard.WHOLE)) {
            for (RunResult r : runs) {
                w.append(r);
            }
        }
        return file;
    }

    @Test
    void appendedRuns_areReadBackWithTheirKeysRowsAndMarkerNumbers() throws Exception {
        Path file = withRuns(run(0, 0, 3, Double.NaN), run(2, 1, 2, 0.0123456789012345));
        PartScan scan = PartScan.of(file);
        assertEquals(FP, scan.identity().fingerprint());
        assertEquals(List.of(new SweepKey(0, 0), new SweepKey(2, 1)), scan.blocks().stream().map(PartBlock::key).toList());
        assertEquals(3, scan.blocks().get(0).rows());
        assertTrue(Double.isNaN(scan.blocks().get(0).watched()));
        assertEquals(0.0123456789012345, scan.blocks().get(1).watched(), 0.0, "the watched value is exact");
        assertEquals(2000, scan.blocks().get(1).bauNanos());
        assertEquals(0, scan.tornBytes());
        String text = Files.readString(file);
        assertTrue(text.startsWith("# plsim sweep part: sweep_id=s fingerprint=" + FP + " shard=0/1\n" + RunsCsv.header()));
    }

    @Test
    void tornTails_ofEveryKind_areCutOffOnReopen_andTheWholeRunsStay() throws Exception {
        List<String> tails = List.of(
                "s,5,5,99,1,all,math,all,achievement,SD",                         // half a row
                "s,5,5,99,1,all,math,all,achievement,SD units,0.1,0.0,0.1\n",      // rows, no marker
                "s,5,5,99,1,all,math,all,achievement,SD units,0.1,0.0,0.1\n# done point=5 repl", // half a marker
                "s,5,5,99,1,all,math,all,achievement,SD units,0.1,0.0,0.1\n"
                        + "# done point=5 replicate=5 rows=1 bytes=58 crc32=00000000 treatment_ns=1 bau_ns=1\n", // bad CRC
                "\0\0\0\0\0\0\0\0");                                              // a power cut's zeroed block
        for (String tail : tails) {
            Path file = withRuns(run(0, 0, 3, Double.NaN), run(1, 0, 2, Double.NaN));
            long whole = Files.size(file);
            Files.writeString(file, tail, StandardOpenOption.APPEND);
            PartScan scan = PartScan.of(file);
            assertEquals(2, scan.blocks().size(), tail);
            assertEquals(tail.getBytes(StandardCharsets.UTF_8).length, scan.tornBytes(), tail);
            try (PartWriter w = PartWriter.open(file, "s", FP, Shard.WHOLE)) {
                assertEquals(whole, Files.size(file), "cut back to the last whole run: " + tail);
                w.append(run(2, 0, 1, Double.NaN));
            }
            assertEquals(3, PartScan.of(file).blocks().size());
            assertEquals(0, PartScan.of(file).tornBytes());
            Files.delete(file);
        }
    }

    @Test
    void aChangedRow_breaksItsBlockAlone_whichIsDamageNamingItsLinesAndRun() throws Exception {
        Path file = withRuns(run(0, 0, 3, Double.NaN), run(1, 0, 2, Double.NaN));
        String text = Files.readString(file).replaceFirst("0\\.100000,0\\.050000", "0.100001,0.050000");
        Files.writeString(file, text);
        PartScan scan = PartScan.of(file);
        assertEquals(List.of(new SweepKey(1, 0)), scan.blocks().stream().map(PartBlock::key).toList(),
                "the first run's CRC no longer matches; the second is whole");
        assertEquals(List.of(new PartDamage(file, 3, 6, new SweepKey(0, 0),
                "rows that do not match their completion marker (count, length or CRC-32)")), scan.damage());
        assertEquals(0, scan.tornBytes());
    }

    @Test
    void inACompleteFile_aTornTailOrAnUnreadableHeader_isDamage() throws Exception {
        Path complete = Files.move(withRuns(run(0, 0, 3, Double.NaN)), tmp.resolve("runs-0-of-1.csv"));
        Files.writeString(complete, "s,5,5,99,1,all,math", StandardOpenOption.APPEND);
        PartScan scan = PartScan.of(complete);
        assertEquals(1, scan.blocks().size());
        assertEquals(0, scan.tornBytes(), "a complete shard is never being written");
        assertEquals(List.of(new PartDamage(complete, 7, 7, null, "rows after the last completion marker")),
                scan.damage());
        Files.writeString(complete, "# plsim sweep part: sweep_id=s finger\n");
        assertEquals(1, PartScan.of(complete).damage().size());
    }

    @Test
    void aHeaderCutShort_meansAnEmptyPart_thatIsStartedAfresh() throws Exception {
        Path file = tmp.resolve("runs-0-of-1.csv.part");
        Files.writeString(file, "# plsim sweep part: sweep_id=s finger");
        assertNull(PartScan.of(file).identity());
        try (PartWriter w = PartWriter.open(file, "s", FP, Shard.WHOLE)) {
            w.append(run(0, 0, 1, Double.NaN));
        }
        assertEquals(1, PartScan.of(file).blocks().size());
    }

    @Test
    void aPartOfAnotherSweep_isRefused_andLeftAsItWas() throws Exception {
        Path file = withRuns(run(0, 0, 3, Double.NaN));
        byte[] before = Files.readAllBytes(file);
        SweepRefusal e = assertThrows(SweepRefusal.class, () -> PartWriter.open(file, "s", "cd".repeat(32), Shard.WHOLE));
        assertTrue(e.getMessage().contains("not of this sweep"), e.getMessage());
        assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
    }
}
