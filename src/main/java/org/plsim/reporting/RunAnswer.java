package org.plsim.reporting;

import java.util.Locale;
import java.util.Optional;
import org.plsim.analysis.CostEffectiveness;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.experiment.CostPlan;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.scenario.ScenarioSpec;

/**
 * What a run found, in sentences a reader without the code can act on, as the first section of its
 * {@code report.html}: the final year's effect on each subject with its 95% interval and percentile points
 * (and on curriculum-aligned tests, where they differ), what the plan costs per student per year and per 0.1 SD,
 * and every guard-rail warning. Every number is one of {@code summary.csv}'s, rounded.
 */
final class RunAnswer {
    static final String TITLE = "The answer";

    private RunAnswer() {
    }

    static String html(RunReport report) {
        ScenarioSpec s = report.spec();
        StringBuilder b = new StringBuilder("<h2>").append(TITLE).append("</h2>\n<div class=\"answer\">\n<p>")
                .append(PageLook.esc(String.format(Locale.ROOT, "%s: %,d students in %,d schools, %d school year%s; "
                        + "%,d paired replicate%s, each running the same students and random draws with the plan "
                        + "and under business as usual.", s.district().name(), s.district().students(),
                        s.district().schoolCount(), s.years(), s.years() == 1 ? "" : "s", s.replicates(),
                        s.replicates() == 1 ? "" : "s")))
                .append("</p>\n");
        if (s.components().isEmpty()) {
            b.append("<p>No component is switched on: both arms are business as usual, so every effect is exactly "
                    + "0.</p>\n");
        } else {
            b.append("<ul>\n");
            for (EffectSummary row : report.achievement()) {
                if (row.key().year() == s.years()) {
                    b.append("<li>").append(PageLook.esc(effect(report, row))).append("</li>\n");
                }
            }
            b.append("<li>").append(PageLook.esc(served(report))).append("</li>\n");
            cost(report).ifPresent(c -> b.append("<li>").append(PageLook.esc(c)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("</div>\n");
        return b.append(guardRails(report)).toString();
    }

    /** e.g. "Math, school year 4: +0.123 SD (95% CI +0.100 to +0.146) against business as usual, …". */
    static String effect(RunReport report, EffectSummary row) {
        String subject = row.key().subject().label();
        StringBuilder b = new StringBuilder(Character.toUpperCase(subject.charAt(0)) + subject.substring(1))
                .append(", ").append(Subgroup.ALL.title()).append(", by the end of school year ").append(row.key().year()).append(": ")
                .append(EffectWords.withInterval(row.effect(), " SD")).append(" against business as usual on "
                        + "standardized tests, ").append(EffectWords.percentilePoints(row.percentileGain()))
                .append(" for a student at the 50th percentile")
                .append(row.band().map(k -> " (" + k.label() + " by Kraft's benchmarks)").orElse("")).append('.');
        if (row.effect().mean() == 0 && !(row.effect().sd() > 0)) {
            b.append(" No effect: exactly 0 in every replicate.");
        } else if (row.effect().hasInterval() && !EffectWords.clearOfZero(row.effect())) {
            b.append(" The interval includes 0: these replicates cannot tell it from no effect.");
        }
        aligned(report, row).ifPresent(a -> b.append(" On tests aligned to the curriculum (unit and end-of-course ")
                .append("tests): ").append(EffectWords.withInterval(a.effect(), " SD")).append('.'));
        return b.toString();
    }

    /**
     * The final year's effects on the students served (the treatment on the treated), with how many there
     * were; or that the plan served no one.
     */
    static String served(RunReport report) {
        int year = report.spec().years();
        String who = Character.toUpperCase(Subgroup.SERVED.title().charAt(0)) + Subgroup.SERVED.title().substring(1);
        StringBuilder b = new StringBuilder(who);
        double n = report.servedStudents(year);
        if (n == 0) {
            return b.append(": none by school year ").append(year).append(", so there is no effect on them.")
                    .toString();
        }
        b.append(String.format(Locale.ROOT, ", %,.0f students (%.0f%% of all) by school year %d: ", n,
                100 * n / report.spec().district().students(), year));
        String sep = "";
        for (EffectSummary row : report.servedAchievement()) {
            if (row.key().year() == year) {
                b.append(sep).append(row.key().subject().label()).append(' ')
                        .append(EffectWords.withInterval(row.effect(), " SD"));
                sep = ", ";
            }
        }
        return b.append(". The effect on the treated; the lines above are the whole district's (intent to treat), ")
                .append("which counts students the plan never reached.").toString();
    }

    /** The same year's and subject's effect on aligned tests, when it is not the standardized one. */
    static Optional<EffectSummary> aligned(RunReport report, EffectSummary row) {
        return EffectSummaries.headline(report.summaries(), Measure.ALIGNED_MASTERY).stream()
                .filter(a -> a.key().year() == row.key().year() && a.key().subject() == row.key().subject())
                .filter(a -> Math.abs(a.effect().mean() - row.effect().mean()) > 1e-9).findFirst();
    }

    /** Cost per student per year on average, and per 0.1 SD by the last year in each subject. */
    private static Optional<String> cost(RunReport report) {
        CostPlan plan = report.result().review().costs();
        int years = report.spec().years();
        if (plan.lines().isEmpty()) {
            return Optional.empty();
        }
        CostEffectiveness ce = CostEffectiveness.of(report.summaries());
        StringBuilder b = new StringBuilder("Cost: ")
                .append(EffectWords.dollars(plan.dollarsThrough(years) / plan.students() / years))
                .append(" per student per year on average over ").append(years).append(" school year")
                .append(years == 1 ? "" : "s").append(" (").append(EffectWords.dollars(plan.dollarsThrough(years)))
                .append(" in all, at central evidence prices)");
        for (EffectSummary row : report.achievement()) {
            if (row.key().year() == years) {
                b.append("; ").append(row.key().subject().label()).append(": ").append(ce.perTenthSd(row).isPresent()
                        ? EffectWords.dollars(ce.perTenthSd(row).getAsDouble()) + " per student per 0.1 SD"
                        : "no cost per 0.1 SD (the effect is not positive)");
            }
        }
        return Optional.of(b.append('.').toString());
    }

    /** A warning box listing every flag, or a line saying there are none. */
    private static String guardRails(RunReport report) {
        if (report.guardRails().isEmpty()) {
            return String.format(Locale.ROOT, "<p class=\"note\">Guard-rails: none. No school year adds more than "
                    + "%.2f SD on standardized tests, and every evidence value is within its range.</p>\n",
                    GuardRails.MAX_STANDARDIZED_PER_YEAR);
        }
        StringBuilder b = new StringBuilder("<div class=\"warn\"><p><b>Beyond the evidence.</b> Read these "
                + "projections with care:</p>\n<ul>\n");
        for (GuardRail g : report.guardRails()) {
            b.append("<li>").append(PageLook.esc(g.message())).append("</li>\n");
        }
        return b.append("</ul></div>\n").toString();
    }
}
