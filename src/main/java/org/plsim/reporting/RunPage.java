package org.plsim.reporting;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plsim.analysis.CostEffectiveness;
import org.plsim.analysis.EffectSummary;
import org.plsim.io.csv.CostsCsv;
import org.plsim.io.csv.EffectsCsv;
import org.plsim.io.csv.OutcomeCsv;
import org.plsim.io.csv.SummaryCsv;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.scenario.ScenarioSpec;

/**
 * A run's {@code report.html}: one page that opens offline, for a reader who does not program. The answer in
 * words ({@link RunAnswer}), the effect chart ({@link EffectChart}, inline SVG), the level chart
 * ({@link TrajectoryChart}, embedded PNG), a compact table by school year, the files, and provenance last. It
 * holds nothing that changes between a run and its {@code plsim rerun} (no clock, no paths, no machine), so the
 * same run gives the same page where the charts draw the same.
 *
 * @param scenarioHash the resolved scenario's SHA-256, as in the manifest
 * @param effectSvg    {@link EffectChart#svg}
 * @param levelPng     {@link TrajectoryChart#PNG}'s bytes
 */
record RunPage(RunReport report, String scenarioHash, RunEnvironment environment, String effectSvg,
               byte[] levelPng) {
    static final String FILE = "report.html";
    /** Namespace declarations: an SVG inside HTML needs none, and the page names no address. */
    private static final Pattern NAMESPACES = Pattern.compile(" xmlns(:[a-z]+)?=(['\"])[^'\"]*\\2");

    String html() {
        ScenarioSpec s = report.spec();
        return PageLook.head(s.id() + ": " + s.title()) + RunAnswer.html(report)
                + "<figure>\n" + NAMESPACES.matcher(effectSvg).replaceAll("") + "\n<figcaption>The effect of the plan "
                + "(plan minus business as usual, whole district (all students), all grades) by school year, in student-level SD; "
                + "bands are 95% confidence intervals of the paired effect, the dashed line is no effect; year 0 is "
                + "the fall before the grant (" + EffectChart.SVG + ").</figcaption>\n</figure>\n"
                + "<h2>Achievement in each arm</h2>\n<figure>\n<img alt=\"Mean achievement by school year with the "
                + "plan and under business as usual\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(levelPng) + "\">\n<figcaption>Mean achievement of all students "
                + "with the plan and under business as usual, in SD units against the national norm. Its bands are "
                + "the spread between replicates, which both arms share: the paired effect above is known more "
                + "precisely than the overlap of these bands suggests (" + TrajectoryChart.PNG + ", "
                + TrajectoryChart.SVG + ").</figcaption>\n</figure>\n"
                + "<h2>By school year</h2>\n" + table() + files() + provenance() + "</body>\n</html>\n";
    }

    /** Effects by year and subject: standardized with CI and percentile points, aligned, both arms, cost. */
    private String table() {
        boolean costs = !report.result().review().costs().lines().isEmpty();
        CostEffectiveness ce = CostEffectiveness.of(report.summaries());
        List<EffectSummary> served = report.servedAchievement();
        List<String> header = new ArrayList<>(List.of("school year", "subject",
                "effect on standardized tests, whole district (all students) (SD) [95% CI]",
                "effect on standardized tests, students served (SD) [95% CI]", "percentile points",
                "effect on aligned tests (SD)",
                "mean achievement (SD vs national norm): business as usual → with the plan"));
        if (costs) {
            header.add("cost per student to date");
        }
        List<List<String>> rows = new ArrayList<>();
        for (EffectSummary row : report.achievement()) {
            if (row.key().year() == 0) {
                continue; // the fall baseline, before the grant: 0 by construction
            }
            Optional<EffectSummary> aligned = RunAnswer.aligned(report, row);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.key().year()),
                    row.key().subject().label(), EffectWords.bracketed(row.effect()),
                    served.stream().filter(x -> x.key().year() == row.key().year()
                                    && x.key().subject() == row.key().subject()).findFirst()
                            .map(x -> EffectWords.bracketed(x.effect())).orElse("none served"),
                    String.format(Locale.ROOT, "%+.1f", row.percentileGain()),
                    aligned.map(a -> EffectWords.signed(a.effect().mean())).orElse("same"),
                    EffectWords.signed(row.bau().mean()) + " → " + EffectWords.signed(row.treatment().mean())));
            if (costs) {
                OptionalDouble toDate = ce.costToDate(row.key().year());
                cells.add(toDate.isPresent() ? EffectWords.dollars(toDate.getAsDouble()) : "–");
            }
            rows.add(cells);
        }
        return PageLook.table(header, rows) + "<p class=\"note\">Whole district: every enrolled student, reached "
                + "or not (intent to treat). Students served: those reached by at least one component in that school "
                + "year or an earlier one, the same students in both arms (the effect on the treated); subgroup "
                + "<code>served</code> in the CSVs. Every key (grade, subgroup, measure) with its "
                + "SD, interval and Kraft band is in " + SummaryCsv.FILE + "; this page rounds to 3 decimals, the "
                + "CSVs carry 6.</p>\n";
    }

    private String files() {
        List<String> names = new ArrayList<>(List.of(SummaryCsv.FILE + ": both arms' means and the paired effect "
                + "by year, grade, subject, subgroup and measure, with 95% CIs and costs",
                EffectsCsv.FILE + ": the paired effect of every replicate", OutcomeCsv.FILE + ": every aggregate "
                + "the model emitted, both arms, every replicate", EffectChart.SVG + ", " + TrajectoryChart.PNG
                + ", " + TrajectoryChart.SVG + ": the two charts above", Manifest.FILE + ": provenance and the "
                + "SHA-256 of every file"));
        if (!report.spec().components().isEmpty()) {
            names.add(3, CostsCsv.FILE + ": the plan's ingredient costs at central prices");
        }
        return "<h2>Files</h2>\n<ul>\n" + names.stream().map(n -> "<li>" + PageLook.esc(n) + "</li>\n")
                .collect(Collectors.joining()) + "</ul>\n";
    }

    private String provenance() {
        ScenarioSpec s = report.spec();
        List<List<String>> rows = List.of(List.of("scenario", s.id() + ": " + s.title()),
                List.of("scenario SHA-256 (resolved)", scenarioHash),
                List.of("root seed", Long.toString(s.seed())),
                List.of("replicates", Integer.toString(s.replicates())),
                List.of("run seeds", Manifest.runSeeds(report.result()).stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))),
                List.of("evidence uncertainty", s.uncertainty().label()),
                List.of("PLSim version", environment.plsimVersion()),
                List.of("model version", environment.modelVersion()),
                List.of("git commit", environment.gitCommit() == null ? "unknown" : environment.gitCommit()));
        return "<h2>Provenance</h2>\n" + PageLook.table(List.of("what", "value"), rows) + "<p class=\"note\">"
                + "When, where and how it ran (command line, machine, timings, evidence values) is in "
                + Manifest.FILE + "; <code>plsim rerun " + Manifest.FILE + "</code> re-makes this folder.</p>\n";
    }
}
