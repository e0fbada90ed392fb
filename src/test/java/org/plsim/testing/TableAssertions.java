package org.plsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Checks that a Tablesaw table of PLSim's API holds the rows of the CSV file PLSim writes for the same results. */
public final class TableAssertions {
    private TableAssertions() {
    }

    /**
     * The table holds the CSV's rows in its order: text cells equal, numbers as equal as the CSV's six-decimal
     * rounding (of the runs it reads and of what it writes) allows, blanks where the table has NaN.
     */
    public static void assertSameRows(Path csv, Table table) throws IOException {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
        assertEquals(rows.size(), table.rowCount(), csv + ": rows");
        for (Column<?> column : table.columns()) {
            String name = column.name();
            for (int i = 0; i < rows.size(); i++) {
                String cell = rows.get(i).get(name);
                String where = csv.getFileName() + " row " + (i + 2) + " " + name;
                if (column.type() == ColumnType.DOUBLE) {
                    double v = table.doubleColumn(name).getDouble(i);
                    if (cell.isEmpty()) {
                        assertTrue(Double.isNaN(v), where + ": blank in the CSV, " + v + " in the table");
                    } else {
                        double expected = Double.parseDouble(cell);
                        assertEquals(expected, v, tolerance(name, expected), where);
                    }
                } else {
                    assertEquals(cell, column.getString(i), where);
                }
            }
        }
    }

    /**
     * 2e-6 in SD units; percentile points move 40 times as much as the effect near 0; a cost per 0.1 SD divides
     * by the effect, so its rounding error is relative to the effect's, up to 1e-3 for the smallest effects here.
     */
    private static double tolerance(String column, double expected) {
        if (column.startsWith("cost_per_student_per_0.1sd")) {
            return 1e-3 * Math.abs(expected) + 1e-6;
        }
        return column.equals("percentile_gain") ? 1e-4 : 2e-6;
    }
}
