package org.plsim.web;

import java.util.List;
import java.util.Map;

/**
 * The form of controls: a plain GET form that works without JavaScript, which htmx turns into partial updates
 * (a change waits 300 ms for the next, then replaces the results and the URL). Every input has a label, its
 * unit, its allowed range and the studied range beside it, and a place for the guard-rails it causes.
 */
final class ControlPanel {
    private ControlPanel() {
    }

    static String render(Explorer.Base base, PlanState state, Map<String, List<String>> warnings) {
        StringBuilder b = new StringBuilder();
        b.append("<form id=\"controls\" method=\"get\" action=\"/plan\" hx-get=\"/plan/update\" hx-target=\"#results\" ")
                .append("hx-swap=\"outerHTML\" hx-trigger=\"input changed delay:300ms, submit\" ")
                .append("hx-sync=\"this:replace\" hx-indicator=\"#results\">\n")
                .append("<input type=\"hidden\" name=\"base\" value=\"").append(Html.esc(state.base())).append("\">\n");
        for (String component : Controls.KEYS.keySet()) {
            List<Control> cs = base.controls().of(component);
            if (cs.isEmpty()) {
                continue;
            }
            b.append("<fieldset id=\"fs-").append(component).append("\">\n<legend>")
                    .append(Html.esc(Controls.COMPONENT_LABELS.get(component))).append("</legend>\n");
            cs.forEach(c -> b.append(control(c, state, warnings)));
            b.append("</fieldset>\n");
        }
        b.append("<fieldset id=\"fs-budget\">\n<legend>Budget and run</legend>\n");
        base.controls().find(Controls.BUDGET).ifPresent(c -> b.append(control(c, state, warnings)));
        b.append(number("f-seed", "seed", "Seed", "root seed: the same seed gives the same simulated futures",
                Long.toString(state.seed()), "", "", ""));
        b.append(number("f-replicates", "replicates", "Simulated futures (replicates)", "paired replicates; more "
                + "give narrower intervals and take longer", Integer.toString(state.replicates()), "2",
                Integer.toString(PlanState.MAX_REPLICATES), "1"));
        b.append("</fieldset>\n<p><button type=\"submit\" id=\"update\">Update the projection</button></p>\n</form>\n");
        return b.toString();
    }

    static String control(Control c, PlanState state, Map<String, List<String>> warnings) {
        String value = state.value(c);
        StringBuilder b = new StringBuilder("<div class=\"control\" id=\"ctl-").append(c.id().substring(2)).append("\">\n");
        String describedBy = "help-" + c.id() + " " + c.warningId() + (c.kind() == Control.Kind.NUMBER ? " range-" + c.id() : "");
        switch (c.kind()) {
            case SWITCH -> b.append("<input type=\"hidden\" name=\"").append(Html.esc(c.path())).append("\" value=\"false\">")
                    .append("<input type=\"checkbox\" id=\"").append(c.id()).append("\" name=\"").append(Html.esc(c.path()))
                    .append("\" value=\"true\"").append(value.equals("true") ? " checked" : "")
                    .append(" aria-describedby=\"").append(describedBy).append("\">\n<label for=\"").append(c.id())
                    .append("\">").append(Html.esc(c.label())).append("</label>\n");
            case GRADES -> b.append("<span class=\"label\" id=\"lbl-").append(c.id()).append("\">")
                    .append(Html.esc(c.label())).append("</span>\n")
                    .append(grade(c, "from", GradeSpan.end(value, true), describedBy))
                    .append(grade(c, "to", GradeSpan.end(value, false), describedBy));
            case NUMBER -> b.append("<label for=\"").append(c.id()).append("\">").append(Html.esc(c.label()))
                    .append(" <span class=\"unit\">(").append(Html.esc(c.unit())).append(")</span></label>\n")
                    .append("<input type=\"range\" class=\"slider\" id=\"r-").append(c.id()).append("\" data-for=\"")
                    .append(c.id()).append("\" min=\"").append(Html.number(c.min())).append("\" max=\"")
                    .append(Html.number(c.max())).append("\" step=\"").append(Html.number(c.step()))
                    .append("\" value=\"").append(Html.esc(value)).append("\" aria-label=\"")
                    .append(Html.esc(c.label())).append(", slider\">\n")
                    .append("<input type=\"number\" id=\"").append(c.id()).append("\" name=\"").append(Html.esc(c.path()))
                    .append("\" min=\"").append(Html.number(c.min())).append("\" max=\"").append(Html.number(c.max()))
                    .append("\" step=\"any\" value=\"").append(Html.esc(value)).append("\" aria-describedby=\"")
                    .append(describedBy).append("\">\n<p class=\"range\" id=\"range-").append(c.id()).append("\">Allowed: ")
                    .append(Html.esc(c.allowed())).append(". ").append(c.studied().isEmpty()
                            ? "No study pins this down." : "Evidence: " + Html.esc(c.studied()) + ".")
                    .append(" As proposed: ").append(Html.esc(c.base())).append(".").append("</p>\n");
        }
        b.append("<p class=\"help\" id=\"help-").append(c.id()).append("\">").append(Html.esc(c.meaning())).append("</p>\n");
        b.append(warnings(c.warningId(), warnings.getOrDefault(c.path(), List.of()), false));
        return b.append("</div>\n").toString();
    }

    /** The guard-rails a control caused; {@code oob}: as an htmx out-of-band swap beside the new results. */
    static String warnings(String id, List<String> notes, boolean oob) {
        StringBuilder b = new StringBuilder("<div class=\"warnings\" id=\"").append(id).append("\"")
                .append(oob ? " hx-swap-oob=\"true\"" : "").append(">");
        for (String n : notes) {
            b.append("<p class=\"warning\"><strong>").append(n.contains("to fit the budget") ? "Budget:" : "Beyond the evidence:")
                    .append("</strong> ").append(Html.esc(n)).append("</p>");
        }
        return b.append("</div>\n").toString();
    }

    private static String grade(Control c, String end, String selected, String describedBy) {
        String id = c.id() + "-" + end;
        StringBuilder b = new StringBuilder("<label for=\"").append(id).append("\">").append(Html.esc(c.label()))
                .append(", ").append(end).append(" grade</label>\n<select id=\"").append(id).append("\" name=\"")
                .append(Html.esc(c.path())).append("\" aria-describedby=\"").append(describedBy).append("\">");
        for (String g : GradeSpan.LABELS) {
            b.append("<option").append(g.equals(selected) ? " selected" : "").append(">").append(g).append("</option>");
        }
        return b.append("</select>\n").toString();
    }

    private static String number(String id, String name, String label, String help, String value, String min,
                                 String max, String step) {
        return "<div class=\"control\" id=\"ctl-" + name + "\">\n<label for=\"" + id + "\">" + Html.esc(label)
                + "</label>\n<input type=\"number\" id=\"" + id + "\" name=\"" + name + "\" value=\"" + Html.esc(value)
                + "\"" + (min.isEmpty() ? "" : " min=\"" + min + "\" max=\"" + max + "\" step=\"" + step + "\"")
                + " aria-describedby=\"help-" + id + "\">\n<p class=\"help\" id=\"help-" + id + "\">" + Html.esc(help)
                + "</p>\n</div>\n";
    }
}
