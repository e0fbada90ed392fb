package org.plsim.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plsim.analysis.CostEffectiveness;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.PairedEffect;
import org.plsim.experiment.CostPlan;
import org.plsim.experiment.warm.WarmResult;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;

/**
 * One finished run as the page shows it: the final year's effects with their intervals, costs, risk over the
 * simulated futures, the guard-rails placed at the controls that caused them. Read from a {@link WarmResult};
 * holds it, so the evidence panel and the export see the very same run.
 *
 * @param asRead  the scenario as the reviewer set it (before the budget), what the export writes
 * @param hash    SHA-256 of {@code asRead}'s canonical form: the cache key
 * @param preview whether this is the quick few-replicate run that stands in until the full one is done
 */
public record Projection(ScenarioSpec asRead, String hash, boolean preview, WarmResult run) {
    /** The effect a reviewer would call worth having, for the risk sentence: 0.05 SD, Kraft's "medium". */
    public static final double WORTHWHILE_SD = 0.05;

    /**
     * This run shown as a preview or as a full result: a 2-replicate preview of a plan and the full run of the
     * same plan with 2 replicates are one run, kept once, and only the asker knows which it is.
     */
    public Projection as(boolean asPreview) {
        return asPreview == preview ? this : new Projection(asRead, hash, asPreview, run);
    }

    public int finalYear() {
        return run.result().spec().years();
    }

    public int replicates() {
        return run.result().spec().replicates();
    }

    /** Achievement for all students, all grades: the row of {@code year} and {@code subject}. */
    public Optional<EffectSummary> achievement(int year, Subject subject) {
        return find(year, Measure.ACHIEVEMENT, subject, Subgroup.ALL);
    }

    public Optional<EffectSummary> find(int year, Measure m, Subject subject, Subgroup group) {
        return run.summaries().stream().filter(s -> s.key().year() == year && s.key().measure() == m
                && s.key().subject() == subject && s.key().group() == group && s.key().grade() == Outcome.ALL_GRADES)
                .findFirst();
    }

    /** Mean number of students served in the plan's arm in {@code year} over replicates (0 when none). */
    public double servedStudents(int year) {
        return run.result().replicates().stream().mapToDouble(r -> r.arm(org.plsim.experiment.Arm.TREATMENT).stream()
                .filter(o -> o.measure() == Measure.ENROLLMENT && o.year() == year && o.group() == Subgroup.SERVED
                        && o.grade() == Outcome.ALL_GRADES)
                .mapToDouble(Outcome::value).findFirst().orElse(0)).average().orElse(0);
    }

    /** Achievement effects by year (from year 1) then subject. */
    public List<EffectSummary> byYear() {
        return EffectSummaries.headline(run.summaries(), Measure.ACHIEVEMENT).stream()
                .filter(s -> s.key().year() >= 1).toList();
    }

    /** The plan's cost per enrolled student per year, averaged over the run's years; empty without costs. */
    public OptionalDouble costPerStudentYear() {
        CostPlan plan = run.result().review().costs();
        if (plan.lines().isEmpty() || plan.students() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(plan.dollarsThrough(finalYear()) / plan.students() / finalYear());
    }

    /**
     * Dollars per student per 0.1 SD by the final year, with the interval that the effect's 95% interval gives
     * (the cost is fixed by the plan): {low, point, high}; high is infinite when the interval reaches 0.
     */
    public Optional<double[]> costPerTenth(EffectSummary row) {
        CostEffectiveness ce = CostEffectiveness.of(run.summaries());
        OptionalDouble point = ce.perTenthSd(row);
        OptionalDouble cost = ce.costToDate(row.key().year());
        if (point.isEmpty() || cost.isEmpty()) {
            return Optional.empty();
        }
        double c = cost.getAsDouble();
        double low = row.effect().hasInterval() ? c / (row.effect().ciHigh() / 0.1) : Double.NaN;
        double high = row.effect().hasInterval() && row.effect().ciLow() > 0 ? c / (row.effect().ciLow() / 0.1)
                : Double.POSITIVE_INFINITY;
        return Optional.of(new double[] {low, point.getAsDouble(), high});
    }

    /** Of the replicates, {count above threshold, all}: the final-year effect on {@code subject}, all students. */
    public int[] futuresAbove(Subject subject, double threshold) {
        int above = 0;
        int all = 0;
        for (PairedEffect e : run.effects()) {
            if (e.key().year() == finalYear() && e.key().measure() == Measure.ACHIEVEMENT && e.key().subject() == subject
                    && e.key().group() == Subgroup.ALL && e.key().grade() == Outcome.ALL_GRADES) {
                all++;
                if (e.effect() > threshold) {
                    above++;
                }
            }
        }
        return new int[] {above, all};
    }

    /**
     * Each guard-rail and budget note placed at the control that caused it (a control's field path), the rest
     * under "" (the projection as a whole). A plan note reads {@code component: key …}.
     */
    public Map<String, List<String>> warningsByControl(Controls controls) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (GuardRail g : run.guardRails()) {
            notes.add(g.message());
        }
        notes.addAll(run.result().review().budgetChanges());
        for (String note : notes) {
            String at = "";
            int colon = note.indexOf(": ");
            if (colon > 0) {
                String rest = note.substring(colon + 2);
                int space = rest.indexOf(' ');
                String path = "components." + note.substring(0, colon) + "." + (space < 0 ? rest : rest.substring(0, space));
                if (controls.find(path).isPresent()) {
                    at = path;
                }
            }
            out.computeIfAbsent(at, k -> new ArrayList<>()).add(note);
        }
        run.result().review().budgetChanges().forEach(n -> out.computeIfAbsent(Controls.BUDGET, k -> new ArrayList<>()).add(n));
        return out;
    }
}
