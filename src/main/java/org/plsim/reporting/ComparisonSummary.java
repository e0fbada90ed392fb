package org.plsim.reporting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plsim.analysis.ComparedEffect;
import org.plsim.analysis.MeanEstimate;
import org.plsim.io.manifest.ComparisonManifest;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The lines {@code plsim compare} prints: the two plans, how they were paired (and what of B's file gave way to
 * A's), where the files are, and the effect on achievement of A, of B and B − A by year, with the paired interval
 * and how many times narrower it is than two separate intervals. Lines, not printing: the command line prints
 * them.
 */
public final class ComparisonSummary {
    private final ComparisonReport report;
    private final Path folder;

    /** The wall time printed is the manifest's ({@link ComparisonReport#wallSeconds()}): one clock, one number. */
    public ComparisonSummary(ComparisonReport report, Path folder) {
        this.report = report;
        this.folder = folder;
    }

    /** The summary, line by line, without line ends. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        ScenarioSpec a = report.a().spec();
        ScenarioSpec b = report.b().spec();
        line(out, "Plan A      %s: %s", a.id(), a.title());
        line(out, "Plan B      %s: %s", b.id(), b.title());
        line(out, "Paired      %,d replicates from root seed %d (uncertainty: %s), the same run seeds in both plans",
                a.replicates(), a.seed(), a.uncertainty().label());
        for (ComparisonManifest.Aligned x : report.aligned()) {
            line(out, "            B's file names %s %s; B ran with A's, %s, so both plans draw the same random numbers",
                    x.field(), x.inFile(), x.used());
        }
        district(out, a.district(), b.district());
        line(out, "Results     %s", folder);
        out.add("");
        table(out);
        out.add("");
        served(out);
        headline(out);
        line(out, "Wall time   %.1f s running both plans' replicates", report.wallSeconds());
        return out;
    }

    private static void district(List<String> out, DistrictSpec a, DistrictSpec b) {
        line(out, "District    A: %,d students in %,d schools", a.students(), a.schoolCount());
        if (a.equals(b)) {
            line(out, "            B: the same district");
        } else {
            line(out, "            B: %,d students in %,d schools: a different district, so the replicates share seeds "
                    + "but not students, and less of the noise cancels", b.students(), b.schoolCount());
        }
    }

    private void table(List<String> out) {
        line(out, "Effect on achievement, %s, all grades (plan minus business as usual, SD; 95%% CI):",
                Subgroup.ALL.title());
        line(out, "  %4s  %-7s  %-24s  %-24s  %-24s  %s", "Year", "Subject", "A", "B", "B - A (paired)",
                "paired CI narrower by");
        for (ComparedEffect e : report.comparison().headline(Measure.ACHIEVEMENT)) {
            if (e.key().year() == 0) {
                continue; // the fall baseline, before the grant: 0 by construction
            }
            line(out, "  %4d  %-7s  %-24s  %-24s  %-24s  %s", e.key().year(), e.key().subject().label(),
                    estimate(e.a()), estimate(e.b()), estimate(e.difference()), times(e.narrowing()));
        }
    }

    /**
     * Each plan's effect on its own students served, the last year: beside, not differenced, since two plans
     * that reach different students have no paired served group.
     */
    private void served(List<String> out) {
        int year = report.a().spec().years();
        line(out, "Effect on achievement, %s, year %d (each plan's own served students, so B - A is not paired):",
                Subgroup.SERVED.title(), year);
        for (Subject subject : List.of(Subject.MATH, Subject.READING)) {
            line(out, "  %-7s  A: %-30s  B: %s", subject.label(), served(report.a(), year, subject),
                    served(report.b(), year, subject));
        }
        out.add("");
    }

    private static String served(RunReport plan, int year, Subject subject) {
        return plan.servedAchievement().stream().filter(e -> e.key().year() == year && e.key().subject() == subject)
                .findFirst().map(e -> estimate(e.effect()) + String.format(Locale.ROOT, " (%,.0f served)",
                        plan.servedStudents(year))).orElse("none served");
    }

    /** The last year's sentence: how narrow the paired interval is, in words. */
    private void headline(List<String> out) {
        List<ComparedEffect> rows = report.comparison().headline(Measure.ACHIEVEMENT);
        if (rows.isEmpty()) {
            line(out, "The plans share no achievement results to compare.");
            return;
        }
        int year = rows.get(rows.size() - 1).key().year();
        for (ComparedEffect e : rows) {
            if (e.key().year() != year) {
                continue;
            }
            MeanEstimate d = e.difference();
            String subject = e.key().subject().label();
            if (!d.hasInterval()) {
                line(out, "Year %d %s: B - A = %+.3f SD; one replicate, so no interval.", year, subject, d.mean());
            } else if (d.halfWidth() == 0) {
                line(out, "Year %d %s: A and B gave the same effect in every replicate, B - A = %+.3f SD exactly.",
                        year, subject, d.mean());
            } else {
                line(out, "Year %d %s: B - A = %+.3f SD [%+.3f, %+.3f]; the paired interval (+/- %.3f) is %.1fx "
                        + "narrower than two separate intervals (+/- %.3f).", year, subject, d.mean(), d.ciLow(),
                        d.ciHigh(), d.halfWidth(), e.narrowing(), e.separateHalfWidth());
            }
        }
    }

    private static String estimate(MeanEstimate m) {
        return m.hasInterval() ? String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", m.mean(), m.ciLow(), m.ciHigh())
                : String.format(Locale.ROOT, "%+.3f", m.mean());
    }

    private static String times(double narrowing) {
        if (Double.isNaN(narrowing)) {
            return "";
        }
        return Double.isInfinite(narrowing) ? "(zero width)" : String.format(Locale.ROOT, "%.1fx", narrowing);
    }

    private static void line(List<String> out, String format, Object... args) {
        out.add(String.format(Locale.ROOT, format, args).stripTrailing());
    }
}
