package org.plsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.RunReport;
import org.plsim.scenario.ScenarioSpec;

/**
 * The few lines {@code plsim run} prints when it is done: what ran, where the files are, and the paired
 * effect on achievement of all students by year and subject, effect size and percentile gain first as
 * EVIDENCE.md §8 asks, each number with its unit.
 */
final class RunSummary {
    /** Yearly effects above this are beyond the evidence for standardized tests (EVIDENCE.md §0). */
    static final double EVIDENCE_CEILING_SD_PER_YEAR = 0.35;

    private final RunReport report;
    private final Path folder;
    private final double wallSeconds;

    RunSummary(RunReport report, Path folder, double wallSeconds) {
        this.report = report;
        this.folder = folder;
        this.wallSeconds = wallSeconds;
    }

    void print(PrintWriter out) {
        ScenarioSpec s = report.spec();
        line(out, "Scenario    %s: %s", s.id(), s.title());
        line(out, "District    %s: %,d students in %,d schools, %d school years", s.district().name(),
                s.district().students(), s.district().schoolCount(), s.years());
        line(out, "Replicates  %,d paired (grant vs business as usual), root seed %d, %d threads",
                s.replicates(), s.seed(), report.result().threads());
        line(out, "Results     %s", folder);
        out.println();
        trajectory(out, !s.components().isEmpty());
        out.println();
        if (s.components().isEmpty()) {
            line(out, "No grant component is switched on: both arms are business as usual, "
                    + "so every effect is exactly 0.");
        } else {
            effects(out);
        }
        out.println();
        long weeks = 2L * s.replicates() * s.studentWeeks();
        line(out, "Wall time   %.1f s (%,d student-weeks simulated, %,.0f student-weeks/s)", wallSeconds, weeks,
                weeks / (report.result().wallNanos() / 1e9));
        out.flush();
    }

    /** Mean achievement of all students by year, in each arm, with its 95% CI across replicates. */
    private void trajectory(PrintWriter out, boolean bothArms) {
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

    private void effects(PrintWriter out) {
        line(out, "Effect on achievement, all students, all grades (grant minus business as usual):");
        line(out, "  %4s  %-7s  %-9s  %-19s  %-23s  %s", "Year", "Subject", "Effect", "95% CI",
                "Percentile gain", "Kraft band");
        for (EffectSummary row : report.achievement()) {
            if (row.key().year() == 0) {
                continue; // the fall baseline, before the grant: 0 by construction
            }
            MeanEstimate e = row.effect();
            String ci = e.hasInterval() ? String.format(Locale.ROOT, "[%+.3f, %+.3f] SD", e.ciLow(), e.ciHigh())
                    : "none (1 replicate)";
            line(out, "  %4d  %-7s  %+6.3f SD  %-19s  %+5.1f percentile points  %s", row.key().year(),
                    row.key().subject().label(), e.mean(), ci, row.percentileGain(),
                    row.band().map(KraftBand::label).orElse(""));
        }
        for (Subject subject : Subject.TESTED) {
            List<EffectSummary> high = report.yearlyGain().stream().filter(g -> g.key().subject() == subject
                    && g.effect().mean() > EVIDENCE_CEILING_SD_PER_YEAR).toList();
            if (!high.isEmpty()) {
                line(out, "Caution: the %s effect on growth is above %.2f SD a year in year(s) %s (up to %+.2f SD),",
                        subject.label(), EVIDENCE_CEILING_SD_PER_YEAR,
                        high.stream().map(g -> Integer.toString(g.key().year())).collect(Collectors.joining(", ")),
                        high.stream().mapToDouble(g -> g.effect().mean()).max().orElseThrow());
                line(out, "         more than the evidence supports on standardized tests (EVIDENCE.md section 0).");
            }
        }
    }

    private static void line(PrintWriter out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args).stripTrailing());
    }
}
