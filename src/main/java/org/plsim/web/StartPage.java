package org.plsim.web;

import java.util.Locale;

/** The start page: every shipped scenario by group, each a link that opens its plan as proposed. */
final class StartPage {
    private StartPage() {
    }

    static String render(ShippedScenarios shipped) {
        StringBuilder b = new StringBuilder();
        b.append("<header><h1>PLSim explorer: what is a grant plan likely to do?</h1></header>\n<main id=\"main\">\n")
                .append("<p>Pick a district. Its plan opens as proposed, with the projected effect on achievement, ")
                .append("its uncertainty and its cost; then change the plan and watch the projection follow. Every ")
                .append("effect is the plan against business as usual, in the same simulated students.</p>\n");
        String group = null;
        for (ShippedScenarios.Entry e : shipped.all()) {
            if (!e.group().equals(group)) {
                if (group != null) {
                    b.append("</ul>\n");
                }
                group = e.group();
                b.append("<h2>").append(Html.esc(group)).append("</h2>\n<ul class=\"scenarios\">\n");
            }
            b.append("<li><a id=\"base-").append(Html.esc(e.name())).append("\" href=\"/plan?base=")
                    .append(Html.url(e.name())).append("\">").append(Html.esc(e.spec().title())).append("</a> ")
                    .append(Html.esc(String.format(Locale.ROOT, "(%,d students)", e.spec().district().students())))
                    .append("</li>\n");
        }
        if (group != null) {
            b.append("</ul>\n");
        }
        return Page.live("PLSim explorer", b.append("</main>\n").toString());
    }
}
