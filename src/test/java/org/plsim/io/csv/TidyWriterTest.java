package org.plsim.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast writer writes the very bytes Commons CSV's printer writes in the {@link TidyCsv} dialect: every file
 * here is written both ways, from the same cells, and compared byte for byte.
 */
class TidyWriterTest {
    private static final List<String> ADVERSARIAL = List.of("", " ", "  ", "a", "plain_text", "a,b", ",", ",,",
            "a\"b", "\"", "\"\"", "\"quoted\"", "a\nb", "\n", "a\rb", "\r", "\r\n", "line\r\n", " lead", "trail ",
            "trail\t", "\ttab", "in\ttab", "#comment", "!bang", "$dollar", "x#", "#", "-1.5", "+2", "0.000000",
            "K", "all", "a\u0000b", "\u0000", "x\u007f", "\u007f", "héllo", "é", "日本語", "emoji 😀", "😀", "a,é",
            "é\"", "ünïcödé\n", "\u00a0nbsp", "nbsp\u00a0", "\u2028sep", "=1+2", "'quote", "a;b|c", "\\back\\");

    @TempDir
    Path dir;

    @Test
    void adversarialText_isQuotedAsCommonsCsvQuotesIt_first_middle_lastAndAlone() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (String s : ADVERSARIAL) {
            rows.add(Arrays.asList(s));
            rows.add(Arrays.asList(s, "x"));
            rows.add(Arrays.asList("x", s, "y"));
            rows.add(Arrays.asList("x", s));
        }
        assertSameBytes(ADVERSARIAL, rows);
    }

    @Test
    void textLongerThanTheBuffer_andPlainRunsAcrossItsEdge_areWrittenWhole() throws IOException {
        String plain = "abcdefghij".repeat(20_000);
        String quoted = "a,\"b\"\n".repeat(30_000);
        String wide = "é日,".repeat(30_000);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(Arrays.asList("row" + i, i % 7 == 0 ? plain.substring(0, i % 311) : "v", i));
        }
        rows.add(Arrays.asList(plain, quoted, wide));
        rows.add(Arrays.asList(wide, plain));
        assertSameBytes(List.of("a", "b", "c"), rows);
    }

    @Test
    void numbers_andNulls_areWrittenAsThePrinterWritesTheirText() throws IOException {
        SplittableRandom random = new SplittableRandom(12);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> edges = Arrays.asList(0L, -1L, 9L, 10L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
                Integer.MIN_VALUE, Integer.MAX_VALUE, null, (short) -7, (byte) 3);
        rows.add(edges);
        List<Object> powers = new ArrayList<>();
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10 * 10; p *= 10) {
            powers.addAll(List.of(p - 1, p, p + 1, -p, 1 - p, p * 5 - 1));
        }
        rows.add(powers);
        rows.add(Arrays.asList(null, "a"));
        rows.add(Arrays.asList((Object) null));
        for (int i = 0; i < 20_000; i++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                row.add(randomCell(random));
            }
            rows.add(row);
        }
        assertSameBytes(List.of("c1", "c2", "c3", "c4", "c5", "c6"), rows);
    }

    @Test
    void decimals_areDecimalsFixed_andNaNIsABlankCell() throws IOException {
        double[] values = {0.0, -0.0, 1e-7, -4e-7, 5e-7, 0.5, -2.5, 1234.5, 0x1p63, -0x1p63, 0x1p62, 1e300, -1e-300,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, 0.1234565, 0.1234575};
        Path fast = dir.resolve("fast.csv");
        Path reference = dir.resolve("printer.csv");
        try (TidyWriter csv = TidyWriter.create(fast, List.of("first", "v", "last"));
             CSVPrinter printer = TidyCsv.create(reference, List.of("first", "v", "last"))) {
            for (double v : values) {
                csv.decimal(v).decimal(v).decimal(v).endRow();
                printer.printRecord(Decimals.fixed(v), Decimals.fixed(v), Decimals.fixed(v));
            }
        }
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(fast));
        int nan = 15;
        assertEquals(Double.NaN, values[nan]);
        assertEquals("\"\",,", Files.readAllLines(fast).get(1 + nan), "a blank first cell is quoted, as Commons CSV does");
    }

    @Test
    void infinity_isRefused_asDecimalsRefusesIt() throws IOException {
        try (TidyWriter csv = TidyWriter.create(dir.resolve("inf.csv"), List.of("v"))) {
            assertThrows(IllegalArgumentException.class, () -> csv.decimal(Double.POSITIVE_INFINITY));
        }
    }

    @Test
    void anUnpairedSurrogate_isAnError_notAQuestionMark() throws IOException {
        try (TidyWriter csv = TidyWriter.create(dir.resolve("bad.csv"), List.of("v"))) {
            assertThrows(CharacterCodingException.class, () -> csv.text("broken \ud800 text"));
        }
    }

    private static Object randomCell(SplittableRandom random) {
        switch (random.nextInt(6)) {
            case 0:
                return random.nextLong();
            case 1:
                return (long) random.nextInt(-1000, 1000);
            case 2:
                return random.nextInt(20) == 0 ? null : "";
            case 3:
                return ADVERSARIAL.get(random.nextInt(ADVERSARIAL.size()));
            case 4:
                return Decimals.fixed(random.nextInt(10) == 0 ? Double.NaN : random.nextGaussian() * 1e3);
            default:
                StringBuilder s = new StringBuilder();
                String alphabet = "ab ,\"\r\n#\té😀-0";
                int n = random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                return s.toString();
        }
    }

    /** Writes the rows with {@link TidyWriter#cell} and with Commons CSV's printer; the files must be equal. */
    private void assertSameBytes(List<String> header, List<List<Object>> rows) throws IOException {
        Path fast = dir.resolve("fast.csv");
        Path reference = dir.resolve("printer.csv");
        try (TidyWriter csv = TidyWriter.create(fast, header)) {
            for (List<Object> row : rows) {
                csv.row(row);
            }
        }
        try (CSVPrinter printer = TidyCsv.create(reference, header)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        }
        byte[] expected = Files.readAllBytes(reference);
        byte[] actual = Files.readAllBytes(fast);
        assertEquals(expected.length, actual.length, "file length");
        assertArrayEquals(expected, actual);
    }
}
