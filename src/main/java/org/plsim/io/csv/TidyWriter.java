package org.plsim.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A table in the {@link TidyCsv} dialect written cell by cell as UTF-8 bytes into one buffer, which goes out in
 * 64 KiB blocks: no strings per number, no character-by-character printing, no encoder for plain text.
 *
 * <p>Numbers ({@link #integer}, {@link #decimal}) never need quotes and are written as ASCII digits. Text that
 * is ASCII, starts above {@code #}, ends above a space and holds no comma, quote, CR or LF is the text Commons CSV
 * leaves unquoted, and is copied as it is; any other text goes through Commons CSV's own printer with the
 * dialect's format, so quoting is never decided here. A blank cell is {@code ""} at the start of a row (as
 * Commons CSV writes it, so that a one-column blank row is not an empty line) and nothing elsewhere.
 *
 * <pre>{@code
 * try (TidyWriter csv = TidyWriter.create(file, List.of("id", "year", "value"))) {
 *     csv.text("kipp-dc").integer(1).decimal(0.25).endRow();   // kipp-dc,1,0.250000
 * }
 * }</pre>
 */
public final class TidyWriter implements Closeable {
    private static final int BLOCK = 1 << 16;
    private static final long EIGHT_DIGITS = 100_000_000L;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    private final OutputStream out;
    private final byte[] buf = new byte[BLOCK];
    private int pos;
    private boolean rowStart = true;
    private final StringBuilder printed = new StringBuilder();
    /** Reports an unpaired surrogate, as the encoder of {@code Files.newBufferedWriter} does. */
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();

    /** Writes to {@code out}, which the writer closes. */
    public TidyWriter(OutputStream out) {
        this.out = out;
    }

    /** A writer to {@code file} (created or replaced) that has written the header {@code columns}. */
    public static TidyWriter create(Path file, List<String> columns) throws IOException {
        TidyWriter csv = new TidyWriter(Files.newOutputStream(file));
        try {
            return csv.row(columns);
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /** A text cell, quoted where the dialect needs it. */
    public TidyWriter text(String s) throws IOException {
        int n = s.length();
        if (n == 0) {
            return blank();
        }
        if (n < BLOCK / 2 && s.charAt(0) > '#' && s.charAt(n - 1) > ' ') {
            ensure(n + 1);
            int p = pos;
            if (!rowStart) {
                buf[p++] = ',';
            }
            int i = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
                    break;
                }
                buf[p++] = (byte) c;
            }
            if (i == n) {
                pos = p;
                rowStart = false;
                return this;
            }
        }
        return printed(s);
    }

    /** An empty cell: what Commons CSV writes for an empty string. */
    public TidyWriter blank() throws IOException {
        ensure(2);
        if (rowStart) {
            buf[pos++] = '"';
            buf[pos++] = '"';
            rowStart = false;
        } else {
            buf[pos++] = ',';
        }
        return this;
    }

    /** A whole number, as {@link Long#toString(long)} writes it. */
    public TidyWriter integer(long v) throws IOException {
        if (v == Long.MIN_VALUE) {
            return text(Long.toString(v));
        }
        ensure(21);
        int p = pos;
        if (!rowStart) {
            buf[p++] = ',';
        }
        if (v < 0) {
            buf[p++] = '-';
            v = -v;
        }
        int end = p + digits(v);
        int i = end;
        while (v >= EIGHT_DIGITS) { // the low eight digits in int arithmetic, one long division for them
            long q = v / EIGHT_DIGITS;
            i = putInt((int) (v - q * EIGHT_DIGITS), i, i - 8);
            v = q;
        }
        putInt((int) v, i, p);
        pos = end;
        rowStart = false;
        return this;
    }

    /** Six decimals as {@link Decimals#fixed} writes them; a blank cell for NaN. */
    public TidyWriter decimal(double v) throws IOException {
        if (Double.isNaN(v)) {
            return blank();
        }
        if (!Decimals.fast(v)) {
            return text(Decimals.slow(v));
        }
        ensure(Decimals.MAX_FAST_LENGTH + 1);
        if (!rowStart) {
            buf[pos++] = ',';
        }
        pos = Decimals.put(v, buf, pos);
        rowStart = false;
        return this;
    }

    /**
     * Any value as Commons CSV's printer writes it: nothing for {@code null} (not even the quotes of an empty
     * string), whole numbers as digits, anything else as the text of its {@code toString()}.
     */
    public TidyWriter cell(Object v) throws IOException {
        if (v == null) {
            ensure(1);
            if (!rowStart) {
                buf[pos++] = ',';
            }
            rowStart = false;
            return this;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return integer(((Number) v).longValue());
        }
        return text(v.toString());
    }

    /** The cells of one row, each as {@link #cell} writes it, and the row's end. */
    public TidyWriter row(Iterable<?> cells) throws IOException {
        for (Object c : cells) {
            cell(c);
        }
        return endRow();
    }

    /** Ends the row with {@code \n}. */
    public TidyWriter endRow() throws IOException {
        ensure(1);
        buf[pos++] = '\n';
        rowStart = true;
        return this;
    }

    /** Text Commons CSV has to quote, or that is not ASCII: printed by Commons CSV, encoded as UTF-8. */
    private TidyWriter printed(String s) throws IOException {
        printed.setLength(0);
        TidyCsv.FORMAT.print(s, printed, rowStart);
        rowStart = false;
        if (printed.chars().allMatch(c -> c < 0x80)) {
            for (int i = 0; i < printed.length(); i++) {
                ensure(1);
                buf[pos++] = (byte) printed.charAt(i);
            }
            return this;
        }
        ByteBuffer bytes = utf8.encode(CharBuffer.wrap(printed));
        while (bytes.hasRemaining()) {
            ensure(1);
            int k = Math.min(bytes.remaining(), buf.length - pos);
            bytes.get(buf, pos, k);
            pos += k;
        }
        return this;
    }

    private void ensure(int bytes) throws IOException {
        if (pos + bytes > buf.length) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Writes {@code r}'s digits to end before {@code end}, zero-padded back to {@code start}; returns start. */
    private int putInt(int r, int end, int start) {
        int i = end;
        while (r >= 100) {
            int q = r / 100;
            int two = r - q * 100;
            buf[--i] = (byte) ('0' + two % 10);
            buf[--i] = (byte) ('0' + two / 10);
            r = q;
        }
        if (r >= 10) {
            buf[--i] = (byte) ('0' + r % 10);
            r /= 10;
        }
        buf[--i] = (byte) ('0' + r);
        while (i > start) {
            buf[--i] = '0';
        }
        return start;
    }

    /** Decimal digits of {@code x >= 0}: about log10 from the bit length, settled by one comparison. */
    private static int digits(long x) {
        int d = (64 - Long.numberOfLeadingZeros(x)) * 1233 >>> 12; // floor(bits × log10(2)), 0 … 18
        return x >= POWERS_OF_TEN[d] ? d + 1 : Math.max(d, 1);
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
