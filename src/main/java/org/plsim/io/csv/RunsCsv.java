package org.plsim.io.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plsim.analysis.PairedEffect;
import org.plsim.experiment.sweep.RunResult;

/**
 * {@code runs.csv}: one row per run of a sweep and kept outcome — both arms' values and the paired effect.
 * Each run's rows are formatted once, as a block of bytes, the moment the run finishes; shard part files and
 * the merged file hold the very same bytes, so merging is copying and duplicates can be compared byte by byte.
 */
public final class RunsCsv {
    public static final String FILE = "runs.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "point", "replicate", "run_seed",
            EffectColumns.KEY, EffectColumns.ARMS);

    private RunsCsv() {
    }

    /** The header line, with its line end. */
    public static String header() {
        return new String(bytes(csv -> csv.row(COLUMNS)), StandardCharsets.UTF_8);
    }

    /** The rows of one run as UTF-8, each ending in {@code \n}, in the order the model emitted them. */
    public static byte[] block(String sweepId, RunResult run) {
        return bytes(csv -> {
            for (PairedEffect e : run.effects()) {
                csv.cell(sweepId).integer(run.key().point()).integer(run.key().replicate()).integer(run.runSeed());
                EffectColumns.key(csv, e.key());
                EffectColumns.arms(csv, e);
                csv.endRow();
            }
        });
    }

    private interface Rows {
        void writeTo(TidyWriter csv) throws IOException;
    }

    private static byte[] bytes(Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TidyWriter csv = new TidyWriter(out)) {
            rows.writeTo(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array does not fail", e);
        }
        return out.toByteArray();
    }
}
