package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plsim.analysis.sweep.CohortEntry;
import org.plsim.analysis.sweep.Headline;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.io.files.AtomicFile;
import org.plsim.reporting.PageLook;

/**
 * {@code report.html}: one page that opens offline (charts embedded as base64 PNG data, CSS inline, no script,
 * no link to anything outside the page but {@code voi.html} beside it, when there), answer first and provenance
 * last: the answer in words with its chart ({@link AnswerSection}), what the effects are, guard-rail notes, a
 * cohort sweep's grantees (design scenarios), then per headline subject the top design points, the design's own
 * table (component effects, Morris ranking or factor effects), equity and the other charts; the analyses run on
 * the folder afterwards, when their files are there ({@link AnalysisSections}); the files; provenance. Tables
 * stay within the page's width ({@link PageLook}).
 */
final class ReportPage {
    static final String FILE = "report.html";

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
        StringBuilder b = new StringBuilder(PageLook.head(prov.title()));
        Optional<Headline> headline = results.headline();
        List<HeadlineRows> subjects = headline.isEmpty() ? List.of() : headline.get().subjects().stream()
                .map(s -> new HeadlineRows(results, headline.get(), s)).toList();
        if (subjects.isEmpty()) {
            b.append("<h2>").append(AnswerSection.TITLE).append("</h2>\n<p class=\"warn\">The sweep kept no "
                    + "all-students outcome to report on.</p>\n");
        } else {
            b.append(AnswerSection.html(subjects, charts, folder));
        }
        b.append("<p class=\"note\">Sweep <b>").append(Html.esc(prov.sweepId())).append("</b>: ")
                .append(Html.esc(prov.designType())).append(" design, ").append(results.design().points())
                .append(" design points. Every effect is the treatment arm minus business as usual, paired within a "
                        + "replicate (common random numbers); intervals are 95% Student-t over replicates.</p>\n");
        b.append(ReportSections.guardRails(guardRails));
        if (!cohort.entries().isEmpty()) {
            b.append(CohortSection.html(cohort.entries(), cohort.charts(), folder));
        }
        for (HeadlineRows h : subjects) {
            List<SweepCharts.ChartFile> rest = charts.stream()
                    .filter(c -> !AnswerSection.chart(h, charts).equals(Optional.of(c))).toList();
            b.append(ReportSections.subject(h, rest, folder));
        }
        b.append(AnalysisSections.html(folder));
        b.append(ReportSections.files(results));
        b.append(ReportSections.provenance(prov));
        return b.append("</body>\n</html>\n").toString();
    }

    static void write(Path folder, SweepResults results, Cohort cohort, ReportProvenance prov,
                      List<String> guardRails, List<SweepCharts.ChartFile> charts) throws IOException {
        AtomicFile.writeString(folder.resolve(FILE), html(results, cohort, prov, guardRails, charts, folder));
    }
}
