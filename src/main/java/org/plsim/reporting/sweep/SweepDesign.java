package org.plsim.reporting.sweep;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plsim.analysis.sweep.Design;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.sweepfolder.SweepIdentity;
import org.plsim.scenario.NumberText;

/** A sweep plan's design as the analysis sees it, and the check that a folder's {@code design.csv} is this plan's. */
public final class SweepDesign {
    private SweepDesign() {
    }

    public static Design of(SweepPlan plan) {
        return of(plan.sweepId(), plan.designType(), plan.factors(), plan.points(), plan.trajectories());
    }

    /** The design a finished folder's {@code sweep.json} records (without Morris trajectories). */
    public static Design of(SweepIdentity sweep) {
        return of(sweep.sweepId(), sweep.designType(), sweep.factors(), sweep.points(), List.of());
    }

    private static Design of(String sweepId, String type, List<String> factors, List<DesignPoint> points,
                             List<List<Integer>> trajectories) {
        List<String> labels = new ArrayList<>();
        List<List<String>> text = new ArrayList<>();
        double[][] levels = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            DesignPoint p = points.get(i);
            if (p.index() != i) {
                throw new IllegalArgumentException("design point " + i + " has index " + p.index());
            }
            labels.add(p.label());
            text.add(factors.stream().map(f -> text(p.settings().get(f))).toList());
            levels[i] = factors.stream().mapToDouble(f -> number(p.settings().get(f))).toArray();
        }
        return new Design(sweepId, type, factors, labels, text, levels, trajectories);
    }

    /** On/off for switches, numbers without trailing zeros ({@code 0.5}, {@code 30}), else the text. */
    static String text(Object v) {
        if (v instanceof Boolean b) {
            return b ? Design.ON : Design.OFF;
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? NumberText.plain(d) : Double.toString(d);
        }
        return String.valueOf(v);
    }

    static double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        try {
            return v == null ? Double.NaN : Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Refuses a {@code design.csv} that is not this plan's: another sweep id, another number of points, or a
     * point whose index or label differs.
     */
    public static void check(Path designCsv, SweepPlan plan) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(designCsv, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, format)) {
            List<CSVRecord> rows = csv.getRecords();
            for (CSVRecord row : rows) {
                int i = (int) row.getRecordNumber() - 1;
                DesignPoint p = i < plan.points().size() ? plan.points().get(i) : null;
                String expected = p == null ? "no row" : plan.sweepId() + ", " + p.index() + ", " + p.label();
                String found = row.get("sweep_id") + ", " + row.get("point") + ", " + row.get("label");
                if (!found.equals(expected)) {
                    throw new IllegalArgumentException(designCsv + ":" + (i + 2) + ": sweep_id, point, label: found "
                            + found + ", allowed: " + expected);
                }
            }
            if (rows.size() != plan.points().size()) {
                throw new IllegalArgumentException(designCsv + ": points: found " + rows.size() + ", allowed: "
                        + plan.points().size());
            }
        }
    }
}
