package org.plsim.reporting.study;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.study.Reproduction;
import org.plsim.study.Study;
import org.plsim.study.Verdict;

/**
 * {@code report.html}: one self-contained page (the chart embedded as a PNG data URI) with every study's
 * published result beside the model's, the verdicts, each study's note on how it maps onto PLSim, and the
 * provenance. Says plainly that agreement with studies the defaults were drawn from is a consistency check.
 */
public final class ReproductionReport {
    private ReproductionReport() {
    }

    public static String html(List<Reproduction> rows, XYChart chart, RunEnvironment env, String created,
                              List<String> commandLine) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>PLSim study reproductions"
                + "</title>\n<style>body{font-family:sans-serif;max-width:1150px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:4px 6px;"
                + "text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}.within{color:#1a7f37}"
                + ".overlaps{color:#9a6700}.outside{color:#c8301e;font-weight:bold}img{max-width:100%}"
                + "p.small{font-size:13px;color:#555}</style></head><body>\n");
        h.append("<h1>PLSim beside published studies</h1>\n");
        long within = rows.stream().filter(r -> r.verdict() == Verdict.WITHIN).count();
        long overlaps = rows.stream().filter(r -> r.verdict() == Verdict.OVERLAPS).count();
        h.append("<p>").append(rows.size()).append(" studies set up as they were done (same grades, years, sample size "
                + "and comparison) and run with paired replicates: <b>").append(within).append(" within</b> the "
                + "published interval, ").append(overlaps).append(" overlapping it, ").append(rows.size() - within
                - overlaps).append(" outside.</p>\n");
        h.append("<p class=\"small\">Effects are paired differences against business as usual in student-level SD "
                + "units unless the unit column says otherwise. <i>Model</i> is the mean over replicates with its 95% "
                + "CI; <i>range</i> is the 2.5&ndash;97.5% range of the replicates' results (evidence parameters "
                + "drawn per replicate), i.e. what a study of this size could find given what the research is "
                + "unsure of. <b>Within</b>: the model mean lies inside the published interval; <b>overlaps</b>: "
                + "only the range does. Many of PLSim's defaults were drawn from these same studies, so agreement "
                + "is a consistency check of the mechanisms, not independent validation. <i>PLSim</i> is the study's "
                + "own sample (intent to treat, unless the study file names a subgroup); <i>students served</i> is "
                + "the same outcome for the students the plan reached (the effect on the treated), to set beside a "
                + "published treatment-on-the-treated estimate (a study file can compare with it directly: "
                + "<code>subgroup: served</code>); "
                + "<code>plsim calibrate --holdout</code> checks studies left out of a fit.</p>\n");
        h.append("<img alt=\"model vs published\" src=\"data:image/png;base64,").append(png(chart)).append("\">\n");
        h.append("<table><tr><th>#</th><th>Study</th><th>Design</th><th>Outcome</th><th>Unit</th><th>Published</th>"
                + "<th>Interval is</th><th>PLSim (95% CI)</th><th>Range</th><th>PLSim, students served (95% CI)</th>"
                + "<th>Reps</th><th>Verdict</th>"
                + "<th>Gap</th></tr>\n");
        List<Reproduction> charted = ReproductionChart.shown(rows);
        for (Reproduction r : rows) {
            Study s = r.study();
            int n = charted.indexOf(r) + 1;
            h.append("<tr><td class=\"n\">").append(n > 0 ? Integer.toString(n) : "&ndash;").append("</td><td><b>")
                    .append(esc(r.id())).append("</b><br><span class=\"small\">").append(esc(s.citation()))
                    .append("</span></td><td>").append(esc(s.design().label())).append("</td><td>")
                    .append(esc(s.outcome().describe())).append("; ").append(s.sample().students()).append(" students, ")
                    .append(s.sample().schools()).append(" schools</td><td>").append(esc(s.unit()))
                    .append("</td><td class=\"n\">").append(num(s.published().estimate())).append(" [")
                    .append(num(s.published().low())).append(", ").append(num(s.published().high())).append("]</td><td>")
                    .append(esc(s.published().interval())).append("</td><td class=\"n\">").append(num(r.model().mean()))
                    .append(" [").append(num(r.model().ciLow())).append(", ").append(num(r.model().ciHigh()))
                    .append("]</td><td class=\"n\">[").append(num(r.rangeLow())).append(", ").append(num(r.rangeHigh()))
                    .append("]</td><td class=\"n\">").append(r.served().map(m -> num(m.mean()) + " [" + num(m.ciLow())
                            + ", " + num(m.ciHigh()) + "]").orElse("none served"))
                    .append("</td><td class=\"n\">").append(r.replicates()).append("</td><td class=\"")
                    .append(r.verdict().label()).append("\">").append(r.verdict().label()).append("</td><td class=\"n\">")
                    .append(r.gap() == 0 ? "0" : num(r.gap())).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>How each study is set up</h2>\n<dl>\n");
        for (Reproduction r : rows) {
            h.append("<dt><b>").append(esc(r.id())).append("</b></dt><dd>").append(esc(r.study().note().isEmpty()
                    ? "(no note)" : r.study().note()));
            if (r.study().hasKnownGap()) {
                h.append("<br><b>Known gap:</b> ").append(esc(r.study().knownGap()));
            }
            h.append("</dd>\n");
        }
        h.append("</dl>\n<h2>Provenance</h2>\n<p class=\"small\">PLSim ").append(esc(env.plsimVersion()))
                .append(", model ").append(esc(env.modelVersion())).append(", git ")
                .append(esc(String.valueOf(env.gitCommit()))).append("; created ").append(esc(created))
                .append("; command: <code>").append(esc(String.join(" ", commandLine))).append("</code>. Seeds, "
                        + "replicates and each study file's text are in manifest.json; "
                        + "<code>plsim rerun manifest.json</code> repeats this byte for byte.</p>\n</body></html>\n");
        return h.toString();
    }

    private static String png(XYChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static String num(double v) {
        return Double.isNaN(v) ? "&ndash;" : String.format(Locale.ROOT, "%+.3f", v).replace("-", "&minus;");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
