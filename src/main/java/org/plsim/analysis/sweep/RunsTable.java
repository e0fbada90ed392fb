package org.plsim.analysis.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.EffectKey;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.Grades;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.table.TableSlice;

/**
 * Reads a merged {@code runs.csv} with Tablesaw and groups it by outcome key. Tablesaw holds the file column
 * by column (strings dictionary-encoded), so a million rows take tens of megabytes; the columns the analysis
 * does not need (run seed, unit) are skipped while parsing.
 */
public final class RunsTable {
    public static final List<String> COLUMNS = List.of("sweep_id", "point", "replicate", "run_seed", "year",
            "grade", "subject", "subgroup", "measure", "unit", "treatment", "bau", "effect");
    private static final String[] KEY = {"year", "grade", "subject", "subgroup", "measure"};

    private RunsTable() {
    }

    /**
     * The runs of sweep {@code sweepId} with {@code points} design points.
     *
     * @throws IllegalArgumentException naming the file and row when it belongs to another sweep, has a point
     *                                  outside the design or an unknown label
     */
    public static SweepRuns read(Path runsCsv, String sweepId, int points) throws IOException {
        Table t = Table.read().usingOptions(CsvReadOptions.builder(runsCsv.toFile())
                .header(true).sample(false).missingValueIndicator("")
                .columnTypes(RunsTable::type).build());
        if (!t.columnNames().equals(COLUMNS.stream().filter(c -> type(c) != ColumnType.SKIP).toList())) {
            throw new IllegalArgumentException(runsCsv + ": columns " + t.columnNames() + ", expected " + COLUMNS);
        }
        StringColumn ids = t.stringColumn("sweep_id");
        IntColumn point = t.intColumn("point");
        IntColumn replicate = t.intColumn("replicate");
        int replicates = t.rowCount() == 0 ? 0 : (int) replicate.max() + 1;
        for (int row = 0; row < t.rowCount(); row++) {
            if (!ids.get(row).equals(sweepId) || point.getInt(row) < 0 || point.getInt(row) >= points
                    || replicate.getInt(row) < 0) {
                throw new IllegalArgumentException(String.format("%s:%d: sweep_id, point, replicate: found %s, %d, %d,"
                        + " allowed: %s, 0…%d, ≥ 0", runsCsv, row + 2, ids.get(row), point.getInt(row),
                        replicate.getInt(row), sweepId, points - 1));
            }
        }
        Map<EffectKey, SweepRuns.Cells> cells = new HashMap<>();
        if (t.rowCount() > 0) {
            for (TableSlice slice : t.splitOn(KEY).getSlices()) {
                int first = slice.mappedRowNumber(0);
                EffectKey key = key(t, first, runsCsv);
                SweepRuns.Cells c = SweepRuns.Cells.empty(points, replicates);
                fill(t, slice, c);
                cells.put(key, c);
            }
        }
        return new SweepRuns(points, replicates, cells);
    }

    private static void fill(Table t, TableSlice slice, SweepRuns.Cells c) {
        IntColumn point = t.intColumn("point");
        IntColumn replicate = t.intColumn("replicate");
        DoubleColumn treatment = t.doubleColumn("treatment");
        DoubleColumn bau = t.doubleColumn("bau");
        DoubleColumn effect = t.doubleColumn("effect");
        for (int i = 0; i < slice.rowCount(); i++) {
            int row = slice.mappedRowNumber(i);
            int p = point.getInt(row);
            int r = replicate.getInt(row);
            c.treatment()[p][r] = treatment.getDouble(row);
            c.bau()[p][r] = bau.getDouble(row);
            c.effect()[p][r] = effect.getDouble(row);
        }
    }

    private static EffectKey key(Table t, int row, Path file) {
        String grade = t.stringColumn("grade").get(row);
        int g = grade.equals("all") ? Outcome.ALL_GRADES : Grades.parse(grade);
        try {
            if (g == Outcome.ALL_GRADES && !grade.equals("all")) {
                throw new IllegalArgumentException("grade: found " + grade + ", allowed: all, K, 1 … 12");
            }
            return new EffectKey(t.intColumn("year").getInt(row), g,
                    Subject.fromLabel(t.stringColumn("subject").get(row)),
                    Subgroup.fromLabel(t.stringColumn("subgroup").get(row)),
                    Measure.fromLabel(t.stringColumn("measure").get(row)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + (row + 2) + ": " + e.getMessage(), e);
        }
    }

    private static ColumnType type(String column) {
        return switch (column) {
            case "point", "replicate", "year" -> ColumnType.INTEGER;
            case "treatment", "bau", "effect" -> ColumnType.DOUBLE;
            case "run_seed", "unit" -> ColumnType.SKIP;
            default -> ColumnType.STRING;
        };
    }
}
