package org.plsim.components.plans;

import static org.plsim.components.common.CostSheet.basis;

import java.util.List;
import org.plsim.components.common.CostSheet;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Rollout;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ScenarioSpec;

/**
 * Ingredient costs of learning plans per school year (Levin &amp; Belfield 2015), district-wide: added
 * counselors, advisory teacher time, family-conference teacher time, advisors' PD, the plan platform license
 * and a coordinator. Existing counselors' planning time is reallocated, not bought, and is not costed; plan
 * reviews happen in advisory and conferences, already costed. Advisory groups are the district's class size.
 */
final class PlanCosts {
    private PlanCosts() {
    }

    static List<CostLine> of(PlanSettings p, ScenarioSpec scenario, EvidenceValues ev) {
        Implementation impl = p.implementation();
        Rollout rollout = impl.rollout();
        long eligible = rollout.eligibleStudents(scenario);
        long reached = rollout.reachedStudents(scenario);
        double advisors = reached / (double) scenario.district().classSize();
        double teacherHour = ev.get("costs.teacher_hour");
        double counselors = p.addedCounselorsPer1000() * eligible / 1000.0;
        double advisoryHours = p.advisoryMinutesPerWeek() * scenario.weeksPerYear() / 60.0;
        double conferenceHours = p.familyConferencesPerYear() * ev.get("costs.learning_plans.conference_minutes") / 60.0;
        double license = ev.get("costs.learning_plans.platform_license");
        double coordinators = reached / ev.get("costs.learning_plans.coordinator_students");
        CostSheet sheet = new CostSheet(LearningPlans.NAME);
        for (int year = 1; year <= scenario.years(); year++) {
            double share = impl.costShare(year);
            if (share == 0) {
                continue;
            }
            boolean first = year == rollout.startYear();
            double trained = first ? advisors : advisors * scenario.bau().teacherAttrition();
            sheet.addIfSpent("counselors", year, share * counselors * ev.get("costs.counselor_salary"),
                    basis("%.1f added counselor FTE (%.2f per 1,000 of %,d students) × $%,.0f", counselors,
                            p.addedCounselorsPer1000(), eligible, ev.get("costs.counselor_salary")));
            sheet.addIfSpent("advisory_time", year, share * advisors * advisoryHours * teacherHour,
                    basis("%.0f advisors × %.1f h (%.0f min/week) × $%.0f/h", advisors, advisoryHours,
                            p.advisoryMinutesPerWeek(), teacherHour));
            sheet.addIfSpent("family_conferences", year, share * reached * conferenceHours * teacherHour,
                    basis("%,d students × %d conferences × %.0f min × $%.0f/h", reached,
                            p.familyConferencesPerYear(), ev.get("costs.learning_plans.conference_minutes"),
                            teacherHour));
            sheet.addIfSpent("pd_coaching", year, share * trained * p.advisorPdHours() * teacherHour,
                    basis("%.0f advisors to train (%s) × %.0f h × $%.0f/h", trained,
                            first ? "all, first year" : "new teachers after turnover", p.advisorPdHours(),
                            teacherHour));
            sheet.addIfSpent("licenses", year, share * reached * license,
                    basis("plan platform: %,d students × $%.2f", reached, license));
            sheet.addIfSpent("coordinator", year, share * coordinators * ev.get("costs.coach_salary"),
                    basis("%.2f coordinator FTE (1 per %,.0f students) × $%,.0f", coordinators,
                            ev.get("costs.learning_plans.coordinator_students"), ev.get("costs.coach_salary")));
        }
        return sheet.lines();
    }
}
