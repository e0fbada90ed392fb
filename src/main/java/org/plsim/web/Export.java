package org.plsim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.plsim.io.csv.ComparisonCsv;
import org.plsim.io.csv.CostsCsv;
import org.plsim.io.csv.EffectsCsv;
import org.plsim.io.csv.SummaryCsv;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.io.manifest.Manifest;
import org.plsim.reporting.Provenance;
import org.plsim.reporting.RunReport;

/**
 * A view taken home: the page as one HTML file (stylesheet inline, no script, the run's manifest embedded),
 * the run's CSVs and manifest exactly as {@code plsim run} writes them, the comparison with the plan as proposed
 * as {@code plsim compare} writes it ({@code comparison.csv}, when the view changed something), and the scenario
 * as YAML, on which {@code plsim run} gives a byte-identical {@code summary.csv}.
 */
final class Export {
    static final String VIEW = "view.html";
    static final String YAML = "scenario.yaml";
    static final String COMPARISON = ComparisonCsv.FILE;
    static final List<String> FILES = List.of(VIEW, SummaryCsv.FILE, EffectsCsv.FILE, CostsCsv.FILE, COMPARISON, YAML,
            Manifest.FILE);

    private Export() {
    }

    /** The scenario as the reviewer set it, resolved (every default written out), with where it came from. */
    static String yaml(Projection p, PlanState state) {
        return "# Exported by plsim explore (PLSim " + org.plsim.Version.PLSIM + ") from base scenario " + state.base()
                + "\n# View: /plan?" + state.query() + "\n# Run it: plsim run " + YAML + "\n"
                + ScenarioFormat.toYaml(p.asRead());
    }

    /** The run's files as {@code plsim run} writes them (costs.csv only when a component is on), by name. */
    static Map<String, byte[]> runFiles(Projection p, PlanState state) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("plsim-export");
            RunReport report = new RunReport(p.run().result(), p.run().effects(), p.run().summaries(),
                    p.run().guardRails());
            report.writeTo(dir, new Provenance("plsim explore /plan?" + state.query(), List.of("explore"),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), Path.of("").toAbsolutePath(),
                    p.run().result().threads()));
            Map<String, byte[]> out = new java.util.LinkedHashMap<>();
            for (String name : report.files()) {
                if (name.endsWith(".csv") || name.endsWith(".json")) {
                    out.put(name, Files.readAllBytes(dir.resolve(name)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try {
                    ResultFolder.deleteTree(dir);
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }

    /**
     * {@code comparison.csv} of a changed view, as {@code plsim compare} writes it: A is the plan as proposed,
     * B the view (the columns' {@code a_} and {@code b_} say which; both carry the base scenario's id).
     */
    static byte[] comparisonCsv(PlanPair pair) {
        Path file = null;
        try {
            file = Files.createTempFile("plsim-comparison", ".csv");
            ComparisonCsv.write(file, pair.a().asRead().id(), pair.b().asRead().id(), pair.comparison());
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** The page as one file: the plan's settings, the results and the comparison, and the manifest. */
    static String view(Explorer explorer, PlanState state, PlanPair pair, byte[] manifest) {
        Projection p = pair.b();
        Explorer.Base base = explorer.base(state.base());
        StringBuilder b = new StringBuilder("<header>\n<h1 id=\"title\">").append(Html.esc(base.entry().spec().title()))
                .append("</h1>\n<p class=\"note\">Exported from the PLSim explorer (PLSim ").append(Html.esc(org.plsim.Version.PLSIM))
                .append(", evidence registry ").append(Html.esc(explorer.registry())).append("). View: <code id=\"view-query\">/plan?")
                .append(Html.esc(state.query())).append("</code></p>\n</header>\n<main id=\"main\">\n<h2>The plan</h2>\n")
                .append("<table id=\"table-plan\">\n<caption>Settings (changed from the proposal in bold)</caption>\n")
                .append("<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th><th scope=\"col\">As proposed"
                        + "</th><th scope=\"col\">Unit</th></tr></thead>\n<tbody>\n");
        for (Control c : base.controls().all()) {
            String v = state.value(c);
            boolean changed = !v.equals(c.base());
            String name = (c.component().isEmpty() ? "" : Controls.COMPONENT_LABELS.get(c.component()) + ": ") + c.label();
            b.append("<tr><th scope=\"row\">").append(Html.esc(name)).append("</th><td>")
                    .append(changed ? "<strong>" + Html.esc(v) + "</strong>" : Html.esc(v)).append("</td><td>")
                    .append(Html.esc(c.base())).append("</td><td>").append(Html.esc(c.unit())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n")
                .append(ResultsView.render(pair, Map.of("", p.warningsByControl(base.controls()).values().stream()
                        .flatMap(List::stream).distinct().toList()), new EvidencePanel(explorer.evidence()), null))
                .append("<details id=\"manifest\">\n<summary>Run manifest (manifest.json)</summary>\n<pre>")
                .append(Html.esc(new String(manifest, StandardCharsets.UTF_8))).append("</pre>\n</details>\n</main>\n");
        return Page.exported(base.entry().spec().title() + " – PLSim explorer export", b.toString());
    }
}
