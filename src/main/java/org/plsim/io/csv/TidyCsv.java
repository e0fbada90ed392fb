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
 * every platform (so files hash the same on Windows and Linux). Commons CSV's printer defines it; the tables
 * that are large or written per run (outcomes, effects, summaries, a sweep's runs and analyses) go through
 * {@link TidyWriter}, which writes the same bytes several times faster, and small ones (costs, evidence, fits,
 * reproductions, designs) through {@link #create}.
 */
public final class TidyCsv {
    /** The dialect without a header: RFC 4180 with {@code \n} ending each record. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private TidyCsv() {
    }

    /** A printer to {@code file} (created or replaced) that has written the header {@code columns}. */
    public static CSVPrinter create(Path file, List<String> columns) throws IOException {
        CSVFormat format = FORMAT.builder().setHeader(columns.toArray(String[]::new)).build();
        Writer out = new CharBuffered(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        return new CSVPrinter(out, format);
    }

    /**
     * A writer that gathers characters in a buffer of its own, without the lock {@link java.io.BufferedWriter}
     * takes on every call: the printer writes most of a file one character at a time. A file has one writer.
     */
    static final class CharBuffered extends Writer {
        private final Writer out;
        private final char[] buf = new char[16384];
        private int n;

        CharBuffered(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (n == buf.length) {
                drain();
            }
            buf[n++] = (char) c;
        }

        @Override
        public Writer append(char c) throws IOException {
            write(c);
            return this;
        }

        @Override
        public Writer append(CharSequence csq) throws IOException {
            String s = String.valueOf(csq);
            write(s, 0, s.length());
            return this;
        }

        @Override
        public Writer append(CharSequence csq, int start, int end) throws IOException {
            if (csq instanceof String s) {
                write(s, start, end - start);
            } else {
                String s = String.valueOf(csq).substring(start, end);
                write(s, 0, s.length());
            }
            return this;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            while (len > 0) {
                if (n == buf.length) {
                    drain();
                }
                int k = Math.min(len, buf.length - n);
                s.getChars(off, off + k, buf, n);
                n += k;
                off += k;
                len -= k;
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            while (len > 0) {
                if (n == buf.length) {
                    drain();
                }
                int k = Math.min(len, buf.length - n);
                System.arraycopy(cbuf, off, buf, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }

    /**
     * A printer of rows without a header, in the same dialect, to any appendable: for files assembled from
     * blocks (a sweep's runs), and for the header line of such a file ({@code printRecord(columns)}).
     */
    public static CSVPrinter rows(Appendable out) throws IOException {
        return new CSVPrinter(out, FORMAT);
    }
}
