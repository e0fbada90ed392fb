package org.plsim.io.sweepfolder;

import org.plsim.io.csv.Decimals;
import org.plsim.io.csv.TidyCsv;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.experiment.sweep.design.DesignPoint;

/**
 * {@code design.csv}: one row per design point, {@code sweep_id, point, label}, then one column per factor
 * in factor order. Switches (component-mix factors) read {@code on}/{@code off}; whole numbers as written;
 * other numbers with six decimals, as in every result file; a factor a point does not set is empty.
 */
public final class DesignCsv {
    public static final String FILE = "design.csv";

    private DesignCsv() {
    }

    public static void write(Path file, SweepIdentity sweep) throws IOException {
        List<String> columns = new ArrayList<>(List.of("sweep_id", "point", "label"));
        columns.addAll(sweep.factors());
        try (CSVPrinter csv = TidyCsv.create(file, columns)) {
            for (DesignPoint p : sweep.points()) {
                List<Object> row = new ArrayList<>(List.of(sweep.sweepId(), p.index(), p.label()));
                for (String factor : sweep.factors()) {
                    row.add(text(p.settings().get(factor)));
                }
                csv.printRecord(row);
            }
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "on" : "off";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return Decimals.fixed(((Number) value).doubleValue());
        }
        return value.toString();
    }
}
