package org.plsim.reporting.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.FactorEffect;
import org.plsim.analysis.sweep.GapChange;
import org.plsim.analysis.sweep.MorrisIndex;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SubgroupGap;
import org.plsim.model.observe.Outcome;

/** The report's tables, for one headline subject each; every number also lies in one of the CSVs. */
final class ReportTables {
    static final int TOP_ROWS = 10;

    private ReportTables() {
    }

    /**
     * The design points with the largest headline effect: rank, point, effect with CI, percentile points and
     * Kraft band, replicates, costs (a point on the efficient frontier says so beside its cost per 0.1 SD). Few
     * columns, so that the table fits the page.
     */
    static String topPoints(HeadlineRows h) {
        boolean costs = h.results().hasCosts();
        boolean settings = !h.results().design().type().equals(Design.COMPONENT_MIX)
                && !h.results().design().factors().isEmpty();
        CostEffectChart.Frontiered f = CostEffectChart.Frontiered.of(h);
        List<String> header = new ArrayList<>(List.of("rank", "design point"));
        if (settings) {
            header.add("settings");
        }
        boolean served = h.results().design().points() > 0 && IntStream.range(0, h.results().design().points())
                .anyMatch(p -> h.results().summary(p, h.headline().servedKey(h.subject())).isPresent());
        header.add("effect, whole district (" + h.unit() + ") [95% CI]");
        if (served) {
            header.add("effect, students served (" + h.unit() + ") [95% CI]");
        }
        header.addAll(List.of("percentile points gained (Kraft band)", "n"));
        if (costs) {
            header.addAll(List.of("cost per student to date", "cost per student per 0.1 SD [95% CI]"));
        }
        List<List<String>> rows = new ArrayList<>();
        List<PointSummary> top = h.top(TOP_ROWS);
        for (int i = 0; i < top.size(); i++) {
            PointSummary s = top.get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1),
                    h.label(s.point()) + " (point " + s.point() + ")"));
            if (settings) {
                row.add(settings(h.results().design(), s.point()));
            }
            row.add(Html.withCi(s.effect()));
            if (served) {
                row.add(h.results().summary(s.point(), h.headline().servedKey(h.subject()))
                        .map(x -> Html.withCi(x.effect())).orElse("none served"));
            }
            row.addAll(List.of(Html.num1(s.percentileGain())
                    + s.band().map(b -> " (" + b.label() + ")").orElse(""), Integer.toString(s.replicates())));
            if (costs) {
                int at = f.rows().indexOf(s);
                row.addAll(List.of(Html.dollars(s.costToDate()), Html.dollarsWithCi(s.perTenthSd())
                        + (at >= 0 && f.onFrontier()[at] ? "; on the efficient frontier" : "")));
            }
            rows.add(row);
        }
        return Html.table(header, rows);
    }

    static String settings(Design d, int point) {
        return String.join(", ", IntStream.range(0, d.factors().size())
                .mapToObj(f -> d.factors().get(f) + " = " + d.text().get(point).get(f)).toList());
    }

    /** Main effects, then interactions, on the headline key. */
    static Optional<String> components(HeadlineRows h) {
        List<List<String>> rows = h.results().components().stream()
                .filter(c -> c.key().equals(h.headline().key(h.subject())))
                .map(c -> List.of(c.term(), c.kind(), c.isInteraction() ? Html.withCi4(c.estimate())
                                : Html.withCi(c.estimate()), Html.num(c.estimate().sd()),
                        Integer.toString(c.estimate().n()), c.reading()))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Html.table(List.of("term", "kind",
                "estimate (" + h.unit() + ") [95% CI]", "SD over replicates", "n", "pair"), rows));
    }

    /** Factors by μ*, most important first. */
    static Optional<String> morris(HeadlineRows h) {
        List<List<String>> rows = h.results().morris().stream()
                .filter(m -> m.key().equals(h.headline().key(h.subject())))
                .sorted(Comparator.comparingInt(MorrisIndex::rank))
                .map(m -> List.of(Integer.toString(m.rank()), m.factor(),
                        Html.num(m.factorMin()) + " – " + Html.num(m.factorMax()), Html.num(m.muStar()),
                        Html.withCi(m.mu()), Html.num(m.sigma()), Integer.toString(m.steps())))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Html.table(List.of("rank", "factor", "range", "μ*",
                "μ [95% CI]", "σ", "elementary effects"), rows));
    }

    /** Factors by total Sobol index of the headline effect, largest first. */
    static Optional<String> sobol(HeadlineRows h) {
        List<List<String>> rows = h.results().sobol().stream()
                .filter(s -> s.key().equals(h.headline().key(h.subject()))
                        && s.output().equals(org.plsim.analysis.sweep.SobolAnalysis.EFFECT))
                .sorted(Comparator.comparingInt(org.plsim.analysis.sweep.SobolIndex::rank))
                .map(s -> List.of(Integer.toString(s.rank()), s.factor(),
                        Html.num(s.indices().st()) + " [" + Html.num(s.indices().stLow()) + ", "
                                + Html.num(s.indices().stHigh()) + "]",
                        Html.num(s.indices().s1()) + " [" + Html.num(s.indices().s1Low()) + ", "
                                + Html.num(s.indices().s1High()) + "]",
                        Integer.toString(s.samples()), Integer.toString(s.runs())))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Html.table(List.of("rank", "factor",
                "ST, total [95% CI] (share of variance)", "S1, first order [95% CI]", "N", "paired runs"), rows));
    }

    /** Linear factor effects, largest first. */
    static Optional<String> factorEffects(HeadlineRows h) {
        List<List<String>> rows = h.results().factorEffects().stream()
                .filter(f -> f.key().equals(h.headline().key(h.subject())))
                .sorted(Comparator.comparingDouble((FactorEffect f) -> -Math.abs(f.estimate().mean())))
                .map(f -> List.of(f.factor(), Html.num(f.factorMin()) + " – " + Html.num(f.factorMax()),
                        Html.withCi(f.estimate()), Integer.toString(f.estimate().n())))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Html.table(List.of("factor", "range",
                "effect across the range (" + h.unit() + ") [95% CI]", "n"), rows));
    }

    /** The change in each gap the sweep kept at the top points, last year, all grades. */
    static Optional<String> equity(HeadlineRows h) {
        List<GapChange> all = h.results().equity().stream().filter(g -> g.year() == h.headline().year()
                && g.grade() == Outcome.ALL_GRADES && g.subject() == h.subject()).toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<SubgroupGap> gaps = Arrays.stream(SubgroupGap.values()) // those the sweep kept
                .filter(gap -> all.stream().anyMatch(g -> g.gap() == gap)).toList();
        List<String> header = new ArrayList<>(List.of("design point"));
        for (SubgroupGap gap : gaps) {
            header.add(gap.definition() + " [95% CI]");
        }
        List<List<String>> rows = new ArrayList<>();
        for (PointSummary s : h.top(TOP_ROWS)) {
            List<String> row = new ArrayList<>(List.of(h.label(s.point()) + " (point " + s.point() + ")"));
            for (SubgroupGap gap : gaps) {
                row.add(all.stream().filter(g -> g.point() == s.point() && g.gap() == gap).findFirst()
                        .map(g -> Html.withCi(g.change())).orElse("–"));
            }
            rows.add(row);
        }
        return Optional.of(Html.table(header, rows));
    }
}
