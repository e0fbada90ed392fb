package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.cli.Main;

/** Runs {@code plsim bench --quick}: speed is not asserted (machines vary), only that it runs and reports. */
class BenchCommandTest {
    private static final Set<String> VERDICTS = Set.of("PASS", "MISS", "n/a");

    @Test
    void quickBench_writesOneWellFormedCsvRowPerSize_withEveryColumn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("out/bench.csv");
        assertEquals(0, Main.execute("bench", "--quick", "--csv", csv.toString()));

        try (Reader in = Files.newBufferedReader(csv);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().build().parse(in)) {
            assertEquals(BenchCsv.columns(), parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(BenchConfig.QUICK_SIZES.size(), rows.size());
            for (CSVRecord row : rows) {
                assertTrue(row.isConsistent(), "row " + row.getRecordNumber() + " has every column");
                for (Column c : Column.THROUGHPUT) {
                    assertTrue(Double.parseDouble(row.get(c.name())) > 0, c.name());
                }
                for (Column c : Column.TIME_AND_MEMORY) {
                    assertFalse(row.get(c.name()).isEmpty(), c.name());
                    Double.parseDouble(row.get(c.name()));
                }
                for (Target t : Target.values()) {
                    assertTrue(VERDICTS.contains(row.get(t.column())), t.column());
                }
                assertEquals("n/a", row.get(Target.BOTH_ARMS.column()), "quick sizes are below 350k");
                assertEquals(Runtime.getRuntime().availableProcessors(), Integer.parseInt(row.get("processors")));
            }
        }
        try (var files = Files.list(csv.getParent())) {
            assertEquals(List.of(csv), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void sizesBelowOneStudentPerGrade_areAUsageError() {
        assertEquals(2, Main.execute("bench", "--sizes", "5"));
    }
}
