package org.plsim.reporting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plsim.analysis.CostEffectiveness;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.io.manifest.Manifest;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;

/**
 * The few lines {@code plsim run} prints when it is done: what ran, where the files are, and the paired
 * effect on achievement of all students by year and subject, effect size and percentile gain first as
 * EVIDENCE.md §8 asks, each number with its unit. Lines, not printing: the command line prints them.
 */
public final class RunSummary {
    private final RunReport report;
    private final Path folder;

    /**
     * The wall time and throughput printed are the manifest's ({@link Manifest.Timings}): one clock, from the
     * first replicate's start to the last one's end, so that the number on screen, the one in
     * {@code manifest.json} and the rate beside them agree.
     */
    public RunSummary(RunReport report, Path folder) {
        this.report = report;
        this.folder = folder;
    }

    /** The summary, line by line, without line ends. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        print(lines);
        return lines;
    }

    private void print(List<String> out) {
        ScenarioSpec s = report.spec();
        line(out, "Scenario    %s: %s", s.id(), s.title());
        line(out, "District    %s: %,d students in %,d schools, %d school years", s.district().name(),
                s.district().students(), s.district().schoolCount(), s.years());
        line(out, "Replicates  %,d paired (grant vs business as usual), root seed %d, %d threads",
                s.replicates(), s.seed(), report.result().threads());
        line(out, "Results     %s", folder);
        line(out, "Report      %s (the answer, charts and provenance; open it in a browser)",
                folder.resolve(RunPage.FILE));
        out.add("");
        trajectory(out, !s.components().isEmpty());
        out.add("");
        if (s.components().isEmpty()) {
            line(out, "No grant component is switched on: both arms are business as usual, "
                    + "so every effect is exactly 0.");
        } else {
            effects(out);
        }
        out.add("");
        Manifest.Timings t = Manifest.Timings.of(report.result());
        line(out, "Wall time   %.1f s running the replicates (%,d student-weeks simulated, %,.0f student-weeks/s)",
                t.wallSeconds(), t.studentWeeks(), t.studentStepsPerSecond());
    }

    /** Mean achievement of all students by year, in each arm, with its 95% CI across replicates. */
    private void trajectory(List<String> out, boolean bothArms) {
        line(out, "Mean achievement, all students, all grades (SD units vs national norm; 95%% CI over replicates):");
        line(out, "  %4s  %-7s  %-30s%s", "Year", "Subject", "Business as usual",
                bothArms ? "  With the grant" : "");
        for (EffectSummary row : report.achievement()) {
            line(out, "  %4d  %-7s  %-30s%s", row.key().year(), row.key().subject().label(), level(row.bau()),
                    bothArms ? "  " + level(row.treatment()) : "");
        }
    }

    private static String level(MeanEstimate m) {
        return m.hasInterval() ? String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", m.mean(), m.ciLow(), m.ciHigh())
                : String.format(Locale.ROOT, "%+.3f", m.mean());
    }

    private void effects(List<String> out) {
        line(out, "Effect on achievement, %s, all grades (grant minus business as usual):", Subgroup.ALL.title());
        line(out, "  %4s  %-7s  %-9s  %-19s  %-23s  %-7s  %s", "Year", "Subject", "Effect", "95% CI",
                "Percentile gain", "Kraft", "Aligned mastery");
        for (EffectSummary row : report.achievement()) {
            if (row.key().year() == 0) {
                continue; // the fall baseline, before the grant: 0 by construction
            }
            MeanEstimate e = row.effect();
            String ci = e.hasInterval() ? String.format(Locale.ROOT, "[%+.3f, %+.3f] SD", e.ciLow(), e.ciHigh())
                    : "none (1 replicate)";
            String aligned = find(row.key().year(), Measure.ALIGNED_MASTERY, row.key().subject())
                    .map(a -> String.format(Locale.ROOT, "%+.3f SD", a.effect().mean())).orElse("");
            line(out, "  %4d  %-7s  %+6.3f SD  %-19s  %+5.1f percentile points  %-7s  %s", row.key().year(),
                    row.key().subject().label(), e.mean(), ci, row.percentileGain(),
                    row.band().map(KraftBand::label).orElse(""), aligned);
        }
        out.add("");
        served(out);
        otherOutcomes(out);
        costs(out);
        guardRails(out);
    }

    /**
     * The same effects on the students served, the treatment-on-the-treated view trials quote, with how many
     * were served; a line saying none were when the plan reached no one.
     */
    private void served(List<String> out) {
        List<EffectSummary> rows = report.servedAchievement();
        if (rows.isEmpty()) {
            line(out, "Effect on %s: none served, so no such effect.", Subgroup.SERVED.title());
            out.add("");
            return;
        }
        line(out, "Effect on achievement, %s, all grades:", Subgroup.SERVED.title());
        line(out, "  %4s  %-7s  %-9s  %-19s  %-23s  %s", "Year", "Subject", "Effect", "95% CI", "Percentile gain",
                "Students served (share of all)");
        long students = report.spec().district().students();
        for (EffectSummary row : rows) {
            MeanEstimate e = row.effect();
            String ci = e.hasInterval() ? String.format(Locale.ROOT, "[%+.3f, %+.3f] SD", e.ciLow(), e.ciHigh())
                    : "none (1 replicate)";
            double n = report.servedStudents(row.key().year());
            line(out, "  %4d  %-7s  %+6.3f SD  %-19s  %+5.1f percentile points  %,.0f (%.0f%%)", row.key().year(),
                    row.key().subject().label(), e.mean(), ci, row.percentileGain(), n, 100 * n / students);
        }
        out.add("");
    }

    /** The final year's effects on attendance, engagement and the high-school milestones. */
    private void otherOutcomes(List<String> out) {
        int year = report.spec().years();
        line(out, "Other outcomes, year %d (effect, 95%% CI):", year);
        for (Measure m : List.of(Measure.ATTENDANCE, Measure.CHRONIC_ABSENCE, Measure.ENGAGEMENT, Measure.ON_TRACK,
                Measure.GRADUATION, Measure.COLLEGE_ENROLLMENT, Measure.COHORT_GRADUATION, Measure.COLLEGE_WITHIN_2,
                Measure.COLLEGE_CREDITS)) {
            find(year, m, Subject.ALL).ifPresent(row -> {
                MeanEstimate e = row.effect();
                boolean share = m.unit().startsWith("share");
                double k = share ? 100 : 1;
                String unit = share ? " points" : m.unit().startsWith("SD") ? " SD" : "";
                String ci = e.hasInterval() ? String.format(Locale.ROOT, " [%+.2f, %+.2f]", k * e.ciLow(),
                        k * e.ciHigh()) : "";
                line(out, "  %-21s %+7.2f%s%s  (%s)", m.label(), k * e.mean(), unit, ci, m.unit());
            });
        }
    }

    private void costs(List<String> out) {
        ScenarioSpec s = report.spec();
        CostEffectiveness ce = CostEffectiveness.of(report.summaries());
        var plan = report.result().review().costs();
        if (plan.lines().isEmpty()) {
            return;
        }
        int years = s.years();
        line(out, "Cost        $%,.0f per student per year on average over %d years ($%,.0f in all, %s prices)",
                plan.dollarsThrough(years) / plan.students() / years, years, plan.dollarsThrough(years),
                "central evidence");
        for (EffectSummary row : report.achievement()) {
            if (row.key().year() == years) {
                String ratio = ce.perTenthSd(row).isPresent()
                        ? String.format(Locale.ROOT, "$%,.0f per student per 0.1 SD", ce.perTenthSd(row).getAsDouble())
                        : "not estimable (effect not positive)";
                line(out, "            %s by year %d: %s", row.key().subject().label(), years, ratio);
            }
        }
        report.result().review().budgetChanges().forEach(c -> line(out, "Budget      %s", c));
        out.add("");
    }

    /** Projections beyond the evidence (EVIDENCE.md §0), or a line saying there are none. */
    private void guardRails(List<String> out) {
        if (report.guardRails().isEmpty()) {
            line(out, "Guard-rails none: no year adds more than %.2f SD on standardized tests, and every evidence "
                    + "value is within its range.", GuardRails.MAX_STANDARDIZED_PER_YEAR);
            return;
        }
        line(out, "Beyond the evidence (also in manifest.json, guard_rails):");
        for (GuardRail g : report.guardRails()) {
            line(out, "  ! %s", g.message());
        }
    }

    private Optional<EffectSummary> find(int year, Measure m, Subject subject) {
        return report.summaries().stream().filter(x -> x.key().year() == year && x.key().measure() == m
                && x.key().subject() == subject && x.key().group() == Subgroup.ALL
                && x.key().grade() == Outcome.ALL_GRADES).findFirst();
    }

    private static void line(List<String> out, String format, Object... args) {
        out.add(String.format(Locale.ROOT, format, args).stripTrailing());
    }
}
