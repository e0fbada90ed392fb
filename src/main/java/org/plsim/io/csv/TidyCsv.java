package org.plsim.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect of result files: RFC 4180 quoting, UTF-8, a header row, and {@code \n} line ends on
 * every platform (so files hash the same on Windows and Linux).
 */
public final class TidyCsv {
    private TidyCsv() {
    }

    /** A printer to {@code file} (created or replaced) that has written the header {@code columns}. */
    public static CSVPrinter create(Path file, List<String> columns) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new))
                .setRecordSeparator('\n')
                .build();
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(out, format);
    }

    /**
     * A printer of rows without a header, in the same dialect, to any appendable: for files assembled from
     * blocks (a sweep's runs), and for the header line of such a file ({@code printRecord(columns)}).
     */
    public static CSVPrinter rows(Appendable out) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').build());
    }
}
