package org.plsim.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.ReplicateResult;
import org.plsim.scenario.ComponentSpec;

/**
 * The evidence behind a projection, as {@code plsim evidence} and the run manifest give it: for the switched-on
 * components and the implementation and cost parameters they share, each parameter's meaning, unit, central
 * value and range, grade, sources, and the values this run drew for it (one per simulated future).
 */
final class EvidencePanel {
    private final EvidenceRegistry registry;

    EvidencePanel(EvidenceRegistry registry) {
        this.registry = registry;
    }

    String render(Projection p) {
        Set<String> groups = new LinkedHashSet<>();
        for (ComponentSpec c : p.run().result().spec().components()) {
            if (!Boolean.FALSE.equals(c.settings().get("enabled"))) {
                groups.add(c.name());
            }
        }
        if (!groups.isEmpty()) {
            groups.add("implementation");
            groups.add("costs");
        }
        groups.add("business_as_usual");
        StringBuilder b = new StringBuilder("<section id=\"evidence\" aria-labelledby=\"evidence-heading\">\n")
                .append("<h3 id=\"evidence-heading\">Evidence behind these numbers</h3>\n")
                .append("<p class=\"note\">Registry ").append(Html.esc(registry.sha256().substring(0, 12)))
                .append(", uncertainty mode <strong>").append(Html.esc(p.asRead().uncertainty().label()))
                .append("</strong>: each simulated future draws every parameter from its range. Grades: A strongest "
                        + "to D weakest; assumption: the authors' choice.</p>\n");
        List<ReplicateResult> reps = p.run().result().replicates();
        for (String g : groups) {
            List<EvidenceParameter> params = registry.parameters().stream().filter(x -> x.component().equals(g)).toList();
            if (params.isEmpty()) {
                continue;
            }
            b.append("<details id=\"evidence-").append(Html.esc(g)).append("\">\n<summary>")
                    .append(Html.esc(g.replace('_', ' '))).append(" (").append(params.size())
                    .append(" parameters)</summary>\n<table>\n<caption>").append(Html.esc(g.replace('_', ' ')))
                    .append(" parameters</caption>\n<thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Unit"
                            + "</th><th scope=\"col\">Central [range]</th><th scope=\"col\">Grade</th><th scope=\"col\">"
                            + "Sources</th><th scope=\"col\">Values drawn</th></tr></thead>\n<tbody>\n");
            for (EvidenceParameter e : params) {
                b.append("<tr><th scope=\"row\"><code>").append(Html.esc(e.id())).append("</code><br><span class=\"help\">")
                        .append(Html.esc(e.description())).append("</span></th><td>").append(Html.esc(e.unit()))
                        .append("</td><td>").append(Html.esc(Html.number(e.central()))).append(" [")
                        .append(Html.esc(Html.number(e.low()))).append(", ").append(Html.esc(Html.number(e.high())))
                        .append("]</td><td>").append(Html.esc(e.grade().label())).append("</td><td>");
                List<String> cites = new ArrayList<>();
                for (String s : e.sources()) {
                    cites.add("<abbr title=\"" + Html.esc(registry.source(s).citation()) + "\">" + Html.esc(s) + "</abbr>");
                }
                b.append(String.join(", ", cites)).append("</td><td>").append(Html.esc(drawn(e.id(), reps)))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</details>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static String drawn(String id, List<ReplicateResult> reps) {
        List<String> out = new ArrayList<>();
        for (ReplicateResult r : reps) {
            Double v = r.evidence().values().get(id);
            if (v != null) {
                out.add(Html.fmt("%.4g", v));
            }
        }
        return String.join(", ", out);
    }
}
