package org.plsim.components.competency;

import static org.plsim.components.common.CostSheet.basis;

import java.util.List;
import org.plsim.components.common.CostSheet;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Rollout;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;

/**
 * Ingredient costs of a competency-progression plan, year by year (ingredients method, Levin &amp; Belfield
 * 2015), from the scenario alone: the assessment system (item banks, unit checks, scoring and reporting) per
 * student reached; PD hours and coaches for the served grades' teachers; and the teacher hours of corrective
 * time given outside class ({@code pace_support}), from the expected corrective rounds
 * ({@link CorrectiveWorkload}) taught in small groups. All during the grant, the sustained share after it.
 */
final class CompetencyCosts {
    private static final String C = "costs.competency_progression.";
    private final CompetencyPlan plan;
    private final MasteryModel model;
    private final EvidenceValues ev;

    CompetencyCosts(CompetencyPlan plan, MasteryModel model, EvidenceValues ev) {
        this.plan = plan;
        this.model = model;
        this.ev = ev;
    }

    List<CostLine> lines(ScenarioSpec scenario) {
        Implementation impl = plan.implementation();
        Rollout r = impl.rollout();
        long reached = r.reachedStudents(scenario);
        long teachers = r.eligibleTeachers(scenario);
        double license = ev.get(C + "assessment_per_student");
        double hour = ev.get("costs.teacher_hour");
        double coaches = teachers * plan.coaching() / ev.get(C + "teachers_per_coach");
        double supportHours = supportHoursPerStudent(scenario);
        CostSheet sheet = new CostSheet(CompetencyProgression.NAME);
        for (int year = 1; year <= scenario.years(); year++) {
            double share = impl.costShare(year);
            if (share == 0 || reached == 0) {
                continue;
            }
            String kept = share < 1 ? basis(" × %.0f%% sustained", 100 * share) : "";
            sheet.add("assessment_system", year, reached * license * share,
                    basis("%,d students × $%.0f a year%s", reached, license, kept));
            sheet.addIfSpent("pd", year, teachers * plan.pdHoursPerTeacher() * hour * share,
                    basis("%,d teachers × %.0f h × $%.0f%s", teachers, plan.pdHoursPerTeacher(),
                            hour, kept));
            sheet.addIfSpent("coaching", year, coaches * ev.get("costs.coach_salary") * share,
                    basis("%.1f coaches (%,d teachers × %.0f%% coached ÷ %.0f) × $%,.0f%s",
                            coaches, teachers, 100 * plan.coaching(), ev.get(C + "teachers_per_coach"),
                            ev.get("costs.coach_salary"), kept));
            sheet.addIfSpent("pace_support", year, reached * supportHours * hour * share,
                    basis("%,d students × %.2f teacher hours of corrective time outside class"
                            + " × $%.0f%s", reached, supportHours, hour, kept));
        }
        return sheet.lines();
    }

    /**
     * Teacher hours a year per student reached for corrective time outside class: per subject, units × expected
     * rounds per unit × a round's class hours, times {@code pace_support}, shared by a small group.
     */
    double supportHoursPerStudent(ScenarioSpec scenario) {
        double roundHours = model.correctiveTime() * plan.unitWeeks(scenario.weeksPerYear())
                * ev.get(C + "class_hours_per_week");
        double firstYear = AdoptionRates.of(plan, ev).proficiencyGain();
        double hours = 0;
        for (Subject s : plan.subjects()) {
            double baseline = s == Subject.MATH ? scenario.district().baselineMath() : scenario.district().baselineReading();
            hours += plan.unitsPerYear() * CorrectiveWorkload.roundsPerUnit(model, plan, baseline, firstYear) * roundHours;
        }
        return hours * plan.paceSupport() / ev.get(C + "support_group_size");
    }
}
