package org.plsim.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.PairedEffect;
import org.plsim.experiment.sweep.RunResult;

/**
 * {@code runs.csv}: one row per run of a sweep and kept outcome — both arms' values and the paired effect.
 * Each run's rows are formatted once, as a block of text, the moment the run finishes; shard part files and
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
        return line(COLUMNS.toArray());
    }

    /** The rows of one run, each ending in {@code \n}, in the order the model emitted them. */
    public static String block(String sweepId, RunResult run) {
        StringBuilder out = new StringBuilder(run.effects().size() * 140);
        try (CSVPrinter csv = TidyCsv.rows(out)) {
            for (PairedEffect e : run.effects()) {
                csv.printRecord(EffectColumns.join(sweepId, run.key().point(), run.key().replicate(), run.runSeed(),
                        EffectColumns.key(e.key()), EffectColumns.arms(e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static String line(Object... values) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = TidyCsv.rows(out)) {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
