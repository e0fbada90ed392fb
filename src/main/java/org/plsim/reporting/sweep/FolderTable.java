package org.plsim.reporting.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** An analysis CSV already in a sweep folder, read back as rows of column → cell for a report section. */
final class FolderTable {
    private FolderTable() {
    }

    /** @throws IllegalArgumentException naming the file and line when a row lacks a column the report reads */
    static List<Map<String, String>> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, format)) {
            return csv.getRecords().stream().map(r -> {
                if (!r.isConsistent()) {
                    throw new IllegalArgumentException(file + ", line " + (r.getRecordNumber() + 1) + ": "
                            + r.size() + " cells; allowed: one per header column (" + csv.getHeaderNames().size()
                            + "), as plsim writes the file");
                }
                return r.toMap();
            }).toList();
        }
    }

    /** A cell as a number; blank is NaN. */
    static double num(Map<String, String> row, String column) {
        String v = row.getOrDefault(column, "");
        return v.isBlank() ? Double.NaN : Double.parseDouble(v);
    }
}
