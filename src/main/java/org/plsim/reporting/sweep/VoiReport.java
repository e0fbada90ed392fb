package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.sweep.Decision;
import org.plsim.analysis.sweep.Evppi;
import org.plsim.analysis.sweep.Headline;
import org.plsim.analysis.sweep.RunsTable;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.analysis.sweep.ValueOfInformation;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.csv.EvppiCsv;
import org.plsim.io.files.AtomicFile;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.ChartLook;
import org.plsim.reporting.PageLook;

/**
 * The value of better evidence for a merged sweep's choice (its points and business as usual): reads
 * {@code runs.csv}, draws each replicate's evidence again ({@link EvidenceDraws}), and writes {@code evppi.csv},
 * the {@code evppi} chart and {@code voi.html}, a report section beside {@code report.html}, and a summary section
 * into {@code report.html} itself ({@link ReportRefresh}). The same folder
 * and question give byte-identical files.
 *
 * @see ValueOfInformation
 */
public final class VoiReport {
    public static final String PAGE = "voi.html";

    private VoiReport() {
    }

    /**
     * What to value: the outcome (subject and year; null: the sweep's headline ones) and the unit (λ in dollars
     * per student per 0.1 SD; NaN: SD of the outcome).
     */
    public record Question(Subject subject, Integer year, double dollarsPerTenthSd) {
    }

    /** What was written, and the numbers it holds. */
    public record Written(List<String> files, Decision decision, double evpi, List<Evppi> parameters) {
        public Written {
            files = List.copyOf(files);
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * @throws IllegalArgumentException naming the option or sweep field when the question cannot be answered
     *                                  from this sweep (no such outcome, no costs, evidence not drawn, too few
     *                                  replicates)
     */
    public static Written write(Path folder, SweepPlan plan, EvidenceRegistry registry, Question q)
            throws IOException {
        SweepDesign.check(folder.resolve(SweepAnalysis.DESIGN), plan);
        SweepRuns runs = RunsTable.read(folder.resolve(SweepAnalysis.RUNS), plan.sweepId(), plan.points().size());
        Headline h = Headline.of(runs).orElseThrow(() -> new IllegalArgumentException(
                "outputs: the sweep kept no outcome for all students in all grades"));
        Subject subject = q.subject() != null ? q.subject() : h.subjects().get(0);
        EffectKey outcome = h.key(subject, q.year() != null ? q.year() : h.year());
        if (runs.cells(outcome).isEmpty()) {
            throw new IllegalArgumentException("--subject, --year: found " + subject.label() + ", year "
                    + outcome.year() + ", allowed: subjects " + h.subjects().stream().map(Subject::label).toList()
                    + ", years 1…" + h.year() + " (what the sweep kept of " + h.measure().label() + ")");
        }
        List<String> labels = plan.points().stream().map(p -> p.label()).toList();
        boolean dollars = !Double.isNaN(q.dollarsPerTenthSd());
        Decision d = dollars ? Decision.inDollars(runs, labels, outcome, q.dollarsPerTenthSd())
                : Decision.inSd(runs, labels, outcome);
        if (d.draws() < 2) {
            throw new IllegalArgumentException("replicates: " + d.draws() + " ran at every point; allowed: at least"
                    + " 2 (20 or more for a curved fit), each one evidence draw");
        }
        Map<String, double[]> draws = EvidenceDraws.of(plan, registry, d.replicates());
        double evpi = ValueOfInformation.evpi(d.netBenefit());
        List<Evppi> rows = ValueOfInformation.ranked(d, draws);
        List<String> files = new ArrayList<>();
        EvppiCsv.write(folder.resolve(EvppiCsv.FILE), plan.sweepId(), d, q.dollarsPerTenthSd(), evpi, rows);
        files.add(EvppiCsv.FILE);
        String described = h.describe(subject).replace("year " + h.year(), "year " + outcome.year());
        String brief = subject.label() + " " + outcome.measure().label() + ", year " + outcome.year();
        ChartLook.write(EvppiChart.of(plan.sweepId(), d, evpi, rows, brief),
                folder.resolve(EvppiChart.NAME + ".png"), folder.resolve(EvppiChart.NAME + ".svg"));
        files.add(EvppiChart.NAME + ".png");
        files.add(EvppiChart.NAME + ".svg");
        AtomicFile.writeString(folder.resolve(PAGE), page(plan, d, evpi, rows, described, q.dollarsPerTenthSd()));
        files.add(PAGE);
        return new Written(ReportRefresh.with(files, folder), d, evpi, rows);
    }

    private static String page(SweepPlan plan, Decision d, double evpi, List<Evppi> rows, String outcome,
                               double wtp) {
        boolean sd = d.unit().equals("SD");
        String unit = sd ? " SD" : " per student";
        java.util.function.DoubleFunction<String> fmt = v -> sd ? String.format(java.util.Locale.ROOT, "%.4f", v)
                + unit : Html.dollars(v) + unit;
        StringBuilder b = new StringBuilder(PageLook.head(plan.sweepId() + ": value of information"));
        b.append("<h2>Value of better evidence</h2>\n<p>Choice: business as usual or one of ")
                .append(plan.points().size()).append(" design points, judged on ").append(Html.esc(outcome))
                .append(sd ? " (effect in SD)" : " (net monetary benefit at " + Html.dollars(wtp)
                        + " per student per 0.1 SD, minus the plan's cost per student to that year)")
                .append(". Best on current evidence: <b>").append(Html.esc(d.options().get(d.bestOption())))
                .append("</b>. Learning every evidence parameter exactly before choosing would be worth ")
                .append(Html.esc(fmt.apply(evpi))).append(" (EVPI, over ").append(d.draws())
                .append(" evidence draws; it includes the simulation noise of one replicate, so it is an upper"
                        + " bound).</p>\n");
        List<List<String>> table = new ArrayList<>();
        for (Evppi e : rows) {
            table.add(List.of(e.parameter(), fmt.apply(e.evppi()),
                    Double.isNaN(e.shareOfEvpi()) ? "–" : String.format(java.util.Locale.ROOT, "%.0f%%",
                            100 * e.shareOfEvpi()), fmt.apply(e.noiseFloor()), e.aboveNoise() ? "yes" : "no"));
        }
        long above = rows.stream().filter(Evppi::aboveNoise).count();
        b.append("<p>").append(above).append(" of ").append(rows.size()).append(" drawn parameters stand above their"
                + " noise floor (the EVPPI the same values reach shuffled across draws; 95th percentile of "
                + ValueOfInformation.SHUFFLES + " shuffles): below it, an EVPPI is what ").append(d.draws())
                .append(" draws give by chance. A straight-line fit is used under 50 draws, a cubic spline from"
                        + " 50.</p>\n");
        b.append(Html.table(List.of("Evidence parameter", "EVPPI", "Share of EVPI", "Noise floor", "Above noise"),
                table));
        b.append("<p><img src=\"").append(EvppiChart.NAME).append(".png\" alt=\"value of information by evidence"
                + " parameter\" style=\"max-width:100%\"></p>\n<p>Numbers: <a href=\"").append(EvppiCsv.FILE)
                .append("\">").append(EvppiCsv.FILE).append("</a>. Method: Strong, Oakley &amp; Brennan (2014),"
                        + " a cubic regression spline of each option's net benefit on the parameter.</p>\n"
                        + "</body></html>\n");
        return b.toString();
    }
}
