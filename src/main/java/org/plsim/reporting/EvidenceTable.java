package org.plsim.reporting;

import java.util.ArrayList;
import java.util.List;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.EvidenceSource;
import org.plsim.io.csv.EvidenceCsv;

/** The evidence registry as text for the terminal: an aligned parameter table and a list of citations. */
public final class EvidenceTable {
    private static final List<String> HEADER = List.of("id", "central", "range [low, high]", "distribution", "unit",
            "grade", "sources");

    private EvidenceTable() {
    }

    /** One row per parameter, columns aligned; the central value is right-aligned, all else left. */
    public static String parameters(List<EvidenceParameter> parameters) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (EvidenceParameter p : parameters) {
            rows.add(List.of(p.id(), EvidenceCsv.plain(p.central()),
                    "[" + EvidenceCsv.plain(p.low()) + ", " + EvidenceCsv.plain(p.high()) + "]",
                    p.distribution().label(), p.unit(), p.grade().label(), String.join(", ", p.sources())));
        }
        int[] width = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), width);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : width) {
                    rule.add("-".repeat(w));
                }
                line(out, rule, width);
            }
        }
        return out.toString();
    }

    /** Every source in {@code ids}, in registry order: id, grade, citation and any note. */
    public static String sources(EvidenceRegistry registry, List<String> ids) {
        int width = ids.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (EvidenceSource s : registry.sources()) {
            if (ids.contains(s.id())) {
                out.append(String.format("%-" + width + "s  %-2s %s%n", s.id(), s.grade().label(), s.citation()));
                if (!s.note().isEmpty()) {
                    out.append(" ".repeat(width + 5)).append("note: ").append(s.note()).append(System.lineSeparator());
                }
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 1 ? pad + cell : cell + pad).append(c < width.length - 1 ? "  " : "");
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
