package org.plsim.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.plsim.scenario.ScenarioSpec;

/**
 * What each route answers: read the state from the query, resolve it, project it beside the plan as proposed
 * (the same seed and replicates), render it.
 */
final class Routes {
    private final Explorer explorer;

    Routes(Explorer explorer) {
        this.explorer = explorer;
    }

    Explorer explorer() {
        return explorer;
    }

    void start(Context ctx) {
        ctx.html(StartPage.render(explorer.shipped()));
    }

    /** A whole view: the full projection if kept, else the preview, which then fetches the full one. */
    void plan(Context ctx) {
        PlanState state = explorer.state(ctx.queryParamMap());
        ScenarioSpec spec = explorer.resolve(state);
        ScenarioSpec proposed = explorer.proposed(state);
        boolean preview = explorer.wantsPreview(proposed, spec);
        ctx.html(PlanPage.render(explorer, state, explorer.pair(proposed, spec, preview), preview ? state.query() : null));
    }

    /** After a control changed (htmx): the results, the warnings and links out of band, the URL replaced. */
    void update(Context ctx) {
        PlanState state = explorer.state(ctx.queryParamMap()).madeHere(explorer.registry());
        ScenarioSpec spec = explorer.resolve(state);
        ScenarioSpec proposed = explorer.proposed(state);
        boolean preview = explorer.wantsPreview(proposed, spec);
        PlanPair pair = explorer.pair(proposed, spec, preview);
        ctx.header("HX-Replace-Url", "/plan?" + state.query());
        ctx.html(PlanPage.update(explorer, state, pair, preview ? state.query() : null));
    }

    /** The full projection: the results part for htmx, else the whole page (the link without JavaScript). */
    void results(Context ctx) {
        PlanState state = explorer.state(ctx.queryParamMap());
        PlanPair pair = explorer.pair(explorer.proposed(state), explorer.resolve(state), false);
        if (ctx.header("HX-Request") != null) {
            ctx.html(PlanPage.update(explorer, state.madeHere(explorer.registry()), pair, null));
        } else {
            ctx.html(PlanPage.render(explorer, state, pair, null));
        }
    }

    /** One file of the view, to download. */
    void export(Context ctx) {
        String file = ctx.pathParam("file");
        if (!Export.FILES.contains(file)) {
            throw new Refusal(404, "No such file", "file", "file: found '" + file + "', allowed: "
                    + String.join(", ", Export.FILES));
        }
        PlanState state = explorer.state(ctx.queryParamMap()).madeHere(explorer.registry());
        ScenarioSpec spec = explorer.resolve(state);
        boolean both = file.equals(Export.VIEW) || file.equals(Export.COMPARISON); // the others need B alone
        PlanPair pair = both ? explorer.pair(explorer.proposed(state), spec, false) : null;
        Projection p = both ? pair.b() : explorer.projection(spec);
        String type;
        byte[] body;
        if (file.equals(Export.YAML)) {
            type = "application/yaml";
            body = Export.yaml(p, state).getBytes(StandardCharsets.UTF_8);
        } else if (file.equals(Export.COMPARISON)) {
            if (!pair.changed()) {
                throw new Refusal(404, "No such file", "file", file + ": this view is the plan as proposed; change a "
                        + "control to compare");
            }
            type = "text/csv";
            body = Export.comparisonCsv(pair);
        } else {
            Map<String, byte[]> files = Export.runFiles(p, state);
            if (file.equals(Export.VIEW)) {
                type = "text/html";
                body = Export.view(explorer, state, pair, files.get("manifest.json")).getBytes(StandardCharsets.UTF_8);
            } else {
                body = files.get(file);
                if (body == null) {
                    throw new Refusal(404, "No such file", "file", file + ": this plan has no such file (costs.csv "
                            + "needs a switched-on component)");
                }
                type = file.endsWith(".csv") ? "text/csv" : "application/json";
            }
        }
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + state.base() + "-" + file + "\"");
        ctx.result(body);
    }
}
