package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plsim.analysis.sweep.CohortEntry;
import org.plsim.analysis.sweep.Headline;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.model.observe.Subject;

/**
 * {@code report.html}: one page that opens offline (charts embedded as base64 PNG data, CSS inline, no script,
 * no link to anything outside the page):
 * title, provenance, guard-rail notes, a cohort sweep's grantees (design scenarios), the top design points,
 * the design's own table (component effects, Morris ranking or factor effects), equity, and every chart.
 */
final class ReportPage {
    static final String FILE = "report.html";
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2rem auto;\
            max-width:1100px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
            h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.88rem}
            th,td{border:1px solid #d4d4d4;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}td{font-variant-numeric:tabular-nums}
            figure{margin:1.2rem 0 2rem}img{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#555}
            .note{font-size:.9rem;color:#444}.warn{background:#fff4e5;border-left:4px solid #e08a00;padding:.4rem .8rem}
            """;

    private ReportPage() {
    }

    static String html(SweepResults results, ReportProvenance prov, List<String> guardRails,
                       List<SweepCharts.ChartFile> charts, Path folder) throws IOException {
        return html(results, Cohort.NONE, prov, guardRails, charts, folder);
    }

    /** A cohort sweep's table and charts, for its section; {@link #NONE} for other designs. */
    record Cohort(List<CohortEntry> entries, List<SweepCharts.ChartFile> charts) {
        static final Cohort NONE = new Cohort(List.of(), List.of());
    }

    static String html(SweepResults results, Cohort cohort, ReportProvenance prov, List<String> guardRails,
                       List<SweepCharts.ChartFile> charts, Path folder) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<title>").append(Html.esc(prov.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.esc(prov.title())).append("</h1>\n");
        b.append("<p class=\"note\">Sweep <b>").append(Html.esc(prov.sweepId())).append("</b>: ")
                .append(Html.esc(prov.designType())).append(" design, ").append(results.design().points())
                .append(" design points. Every effect is the treatment arm minus business as usual, paired within a "
                        + "replicate (common random numbers); intervals are 95% Student-t over replicates.</p>\n");
        b.append(ReportSections.provenance(prov));
        b.append(ReportSections.guardRails(guardRails));
        if (!cohort.entries().isEmpty()) {
            b.append(CohortSection.html(cohort.entries(), cohort.charts(), folder));
        }
        Optional<Headline> headline = results.headline();
        if (headline.isEmpty()) {
            b.append("<p class=\"warn\">The sweep kept no all-students outcome to report on.</p>\n");
        } else {
            for (Subject subject : headline.get().subjects()) {
                b.append(ReportSections.subject(new HeadlineRows(results, headline.get(), subject), charts, folder));
            }
        }
        b.append(ReportSections.files(results));
        return b.append("</body>\n</html>\n").toString();
    }

    static void write(Path folder, SweepResults results, Cohort cohort, ReportProvenance prov,
                      List<String> guardRails, List<SweepCharts.ChartFile> charts) throws IOException {
        Files.writeString(folder.resolve(FILE), html(results, cohort, prov, guardRails, charts, folder));
    }
}
