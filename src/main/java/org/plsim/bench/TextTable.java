package org.plsim.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal: headers of one or more lines (split by {@code \n}, aligned at the
 * bottom), the leading text columns left-aligned and the rest right-aligned, as numbers read best.
 */
final class TextTable {
    private final List<String[]> header = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final int textColumns;

    /** @param textColumns how many leading columns hold text (left-aligned) */
    TextTable(List<String> headers, int textColumns) {
        this.columns = headers.size();
        this.textColumns = textColumns;
        int lines = headers.stream().mapToInt(h -> h.split("\n", -1).length).max().orElse(1);
        for (int l = 0; l < lines; l++) {
            header.add(new String[columns]);
        }
        for (int c = 0; c < columns; c++) {
            String[] parts = headers.get(c).split("\n", -1);
            for (int l = 0; l < lines; l++) {
                int k = l - (lines - parts.length);
                header.get(l)[c] = k >= 0 ? parts[k] : "";
            }
        }
    }

    TextTable row(List<String> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns + " columns");
        }
        rows.add(cells.toArray(new String[0]));
        return this;
    }

    String render() {
        int[] width = new int[columns];
        for (List<String[]> block : List.of(header, rows)) {
            for (String[] line : block) {
                for (int c = 0; c < columns; c++) {
                    width[c] = Math.max(width[c], line[c].length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        header.forEach(line -> append(out, line, width));
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        append(out, rule, width);
        rows.forEach(line -> append(out, line, width));
        return out.toString();
    }

    private void append(StringBuilder out, String[] line, int[] width) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < line.length; c++) {
            String pad = " ".repeat(width[c] - line[c].length());
            text.append(c == 0 ? "" : "  ").append(c < textColumns ? line[c] + pad : pad + line[c]);
        }
        out.append(text.toString().stripTrailing()).append('\n');
    }
}
