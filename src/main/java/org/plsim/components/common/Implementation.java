package org.plsim.components.common;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.model.component.Basis.cited;

import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.PlanReach;
import org.plsim.scenario.ScenarioSpec;

/**
 * The implementation side every component shares: who is served from when ({@link Rollout}), fidelity over
 * time ({@link Fidelity}), attenuation with scale, and what is kept after grant funding ends. A component
 * multiplies its mechanism's strength by {@link #intensity(int)}.
 *
 * <p><b>Scale.</b> Effects found in small trials shrink in large rollouts (Kraft, Blazar &amp; Hogan 2018:
 * coaching effects halve in trials with 100+ teachers; Kraft, Schueler &amp; Falken 2024: tutoring at scale
 * 1/3–1/2 of pilots). The factor is 1 up to {@code implementation.pilot_students} reached,
 * {@code implementation.scale_attenuation} from {@code implementation.scale_students} on, and log-linear
 * between — read as thinner support per teacher and less selected staff at scale. "Reached" counts the
 * students of one implementing unit ({@code district.implementing_unit}: the district, each school group or
 * each school) and, in a trial, only the treatment group ({@code district.treated_share}); see
 * {@link Rollout#reachedPerImplementer}.
 *
 * @param enabled        false: the component is switched off (it does nothing, draws nothing)
 * @param rollout        who and from when
 * @param fidelity       implementation fidelity by year of implementation
 * @param grantYears     years of grant funding (RTT-D: 4); afterwards only the sustained share continues
 * @param scaleFactor    attenuation for this plan's reach (computed once from the scenario)
 * @param sustainedShare share of intensity kept after the grant ends
 */
public record Implementation(boolean enabled, Rollout rollout, Fidelity fidelity, int grantYears,
                             double scaleFactor, double sustainedShare) {

    /**
     * Reads {@code enabled}, {@code rollout:}, {@code fidelity:} and {@code grant_years} and computes the scale
     * factor from the students one implementing unit of the plan reaches in {@code scenario}.
     */
    public static Implementation read(Settings s, DefaultGrades defaultGrades, ScenarioSpec scenario,
                                      EvidenceValues ev) {
        boolean enabled = s.flag("enabled", true, new About(Unit.SWITCH,
                "false: the component does nothing and draws nothing (both arms identical), its settings kept",
                assumption("a component named in the scenario is meant to run")));
        Rollout rollout = Rollout.read(s, defaultGrades);
        Fidelity fidelity = Fidelity.read(s);
        int grantYears = s.whole("grant_years", 4, 1, 12, new About(Unit.SCHOOL_YEARS,
                "years of grant funding; afterwards only implementation.sustained_share of the intensity and "
                        + "of the costs continues",
                cited("the RTT-D 2012 awards ran four years", "us-ed-rttd-2012-awards")));
        if (enabled && rollout.startYear() > scenario.years()) {
            s.problem("rollout.start_year", rollout.startYear() + ", after the last school year simulated ("
                    + scenario.years() + ")", "a school year the scenario runs, 1 to " + scenario.years()
                    + " (starting later, the component would do nothing and every effect would be 0); or more years");
        }
        for (String unknown : rollout.unknownGroups(scenario)) {
            s.problem("rollout.schools", "'" + unknown + "'", "names of the scenario's school groups, or all");
        }
        return new Implementation(enabled, rollout, fidelity, grantYears,
                scaleFactor(rollout.reachedPerImplementer(scenario), ev), ev.get("implementation.sustained_share"));
    }

    /** Attenuation for {@code reached} students (see the class comment). */
    public static double scaleFactor(long reached, EvidenceValues ev) {
        double pilot = ev.get("implementation.pilot_students");
        double scale = Math.max(pilot + 1, ev.get("implementation.scale_students"));
        double atScale = ev.get("implementation.scale_attenuation");
        if (reached <= pilot) {
            return 1.0;
        }
        if (reached >= scale) {
            return atScale;
        }
        double t = Math.log(reached / pilot) / Math.log(scale / pilot);
        return 1.0 + (atScale - 1.0) * t;
    }

    /** Years since the first year served (0 in that year), negative before it. */
    public int yearsImplemented(int year) {
        return year - rollout.startYear();
    }

    /**
     * Strength of the component in school year {@code year}, 0–1: fidelity for its year of implementation ×
     * the scale factor × (after the grant) the sustained share; 0 before the start year.
     */
    public double intensity(int year) {
        int k = yearsImplemented(year);
        if (k < 0 || !enabled) {
            return 0;
        }
        double v = fidelity.inYear(k) * scaleFactor;
        return year > grantYears ? v * sustainedShare : v;
    }

    /** Share of the year's costs paid (all during the grant; the sustained share afterwards; none before). */
    public double costShare(int year) {
        if (year < rollout.startYear() || !enabled) {
            return 0;
        }
        return year > grantYears ? sustainedShare : 1.0;
    }

    /** Whom the plan serves at the start: its grades, eligible students and those reached (none when off). */
    public PlanReach reach(ScenarioSpec scenario) {
        return new PlanReach(rollout.lowGrade(), rollout.highGrade(), rollout.eligibleStudents(scenario),
                rollout.coverage(), enabled ? rollout.reachedStudents(scenario) : 0);
    }
}
