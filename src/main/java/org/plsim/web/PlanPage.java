package org.plsim.web;

import java.util.List;
import java.util.Map;
import org.plsim.Version;

/**
 * The plan page: the scenario's title, a banner when the link came from another PLSim or registry, the
 * controls beside the results, the permalink and the export links. {@link #update} is what a control change
 * gets back through htmx: the new results, with each control's guard-rails and the links swapped out of band.
 */
final class PlanPage {
    private PlanPage() {
    }

    static String render(Explorer explorer, PlanState state, PlanPair pair, String refine) {
        Projection p = pair.b();
        Explorer.Base base = explorer.base(state.base());
        Map<String, List<String>> warnings = p.warningsByControl(base.controls());
        StringBuilder b = new StringBuilder("<header>\n<p><a href=\"/\" id=\"home\">All scenarios</a></p>\n<h1 id=\"title\">")
                .append(Html.esc(base.entry().spec().title())).append("</h1>\n");
        if (!state.sameMaker(explorer.registry())) {
            b.append("<div class=\"banner\" id=\"version-banner\" role=\"status\"><strong>This link was made with "
                    + "another PLSim or evidence registry</strong> (PLSim ").append(Html.esc(state.version()))
                    .append(", registry ").append(Html.esc(state.registry())).append("); this server is PLSim ")
                    .append(Html.esc(Version.PLSIM)).append(", registry ").append(Html.esc(explorer.registry()))
                    .append(". The plan is the same; its numbers may differ from the ones the link was made with.</div>\n");
        }
        b.append("<p class=\"note\">").append(Html.esc(Html.fmt("%s: %,d students in %,d schools.",
                base.entry().spec().district().name(), base.entry().spec().district().students(),
                base.entry().spec().district().schoolCount()))).append(" Change the plan on the left; the "
                + "projection follows.</p>\n</header>\n<div class=\"layout\">\n<div id=\"plan\">\n<h2>The plan</h2>\n")
                .append(ControlPanel.render(base, state, warnings)).append("</div>\n<main id=\"main\">\n")
                .append(links(state.madeHere(explorer.registry()), false, pair.changed()))
                .append(explorer.rendered(pair, refine, () -> ResultsView.render(pair, warnings,
                        new EvidencePanel(explorer.evidence()), refine)))
                .append("</main>\n</div>\n");
        return Page.live(base.entry().spec().title() + " – PLSim explorer", b.toString());
    }

    /** The results for an htmx request, with the controls' warnings and the links swapped out of band. */
    static String update(Explorer explorer, PlanState state, PlanPair pair, String refine) {
        Controls controls = explorer.base(state.base()).controls();
        Map<String, List<String>> warnings = pair.b().warningsByControl(controls);
        StringBuilder b = new StringBuilder(explorer.rendered(pair, refine,
                () -> ResultsView.render(pair, warnings, new EvidencePanel(explorer.evidence()), refine)));
        for (Control c : controls.all()) {
            b.append(ControlPanel.warnings(c.warningId(), warnings.getOrDefault(c.path(), List.of()), true));
        }
        return b.append(links(state.madeHere(explorer.registry()), true, pair.changed())).toString();
    }

    /** The permalink and export links of a state; comparison.csv only when it is {@code compared} with A. */
    static String links(PlanState state, boolean oob, boolean compared) {
        String q = state.query();
        StringBuilder b = new StringBuilder("<nav id=\"links\" aria-label=\"Link and export\"")
                .append(oob ? " hx-swap-oob=\"true\"" : "").append(">\n<p><a id=\"permalink\" href=\"/plan?")
                .append(Html.esc(q)).append("\">Link to this view</a> (the plan, seed, replicates, PLSim version and "
                        + "evidence registry are all in it). Export: ");
        String sep = "";
        for (String f : Export.FILES) {
            if (f.equals(Export.COMPARISON) && !compared) {
                continue;
            }
            b.append(sep).append("<a id=\"export-").append(f.replace('.', '-')).append("\" href=\"/export/").append(f)
                    .append("?").append(Html.esc(q)).append("\" download>").append(f).append("</a>");
            sep = ", ";
        }
        return b.append("</p>\n</nav>\n").toString();
    }
}
