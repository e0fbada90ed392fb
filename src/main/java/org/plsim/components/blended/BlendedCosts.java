package org.plsim.components.blended;

import static org.plsim.components.common.CostSheet.basis;

import java.util.List;
import org.plsim.components.common.CostSheet;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Rollout;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ScenarioSpec;

/**
 * The plan's ingredients, year by year (Levin &amp; Belfield 2015), district-wide dollars × the year's cost
 * share (all of it during the grant, the sustained share after, nothing before the start year):
 * <ul>
 * <li>devices: reached students × devices per student × price × (1 / lifetime + yearly loss and breakage);</li>
 * <li>licenses: reached students × subjects with planned minutes × price per student per subject;</li>
 * <li>pd_coaching: teachers of the served grades × PD hours × the teacher hour, plus coaches (one per
 *     {@code teachers_per_coach} teachers) × the coach salary when coaching is on.</li>
 * </ul>
 * Connectivity (wiring, bandwidth) is not costed: the plan takes the district's network as it finds it.
 */
final class BlendedCosts {
    private static final String C = "costs.blended_learning.";

    private BlendedCosts() {
    }

    static List<CostLine> lines(BlendedPlan plan, ScenarioSpec scenario, EvidenceValues ev) {
        Implementation impl = plan.implementation();
        Rollout rollout = impl.rollout();
        long reached = rollout.reachedStudents(scenario);
        long teachers = rollout.eligibleTeachers(scenario);
        double devices = reached * plan.devicesPerStudent();
        double price = ev.get(C + "device_price");
        double life = ev.get(C + "device_lifetime_years");
        double loss = ev.get(C + "device_loss_rate");
        double deviceYear = devices * price * (1.0 / life + loss);
        int subjects = plan.subjectsUsed().size();
        double license = ev.get(C + "license_per_student_subject");
        double hour = ev.get("costs.teacher_hour");
        double coaches = plan.coaching() ? teachers / ev.get(C + "teachers_per_coach") : 0.0;
        double coach = ev.get("costs.coach_salary");
        CostSheet sheet = new CostSheet(BlendedLearning.NAME);
        for (int year = 1; year <= scenario.years(); year++) {
            double share = impl.costShare(year);
            if (share <= 0) {
                continue;
            }
            String kept = share < 1 ? basis(" × %.0f%% sustained after the grant", 100 * share) : "";
            sheet.add("devices", year, deviceYear * share,
                    basis("%,.0f devices × $%,.0f × (1/%.1f years + %.0f%% loss)", devices, price, life, 100 * loss)
                            + kept);
            sheet.add("licenses", year, reached * subjects * license * share,
                    basis("%,d students × %d subjects × $%,.2f", reached, subjects, license) + kept);
            sheet.add("pd_coaching", year, (teachers * plan.pdHours() * hour + coaches * coach) * share,
                    basis("%,d teachers × %.0f PD hours × $%,.0f + %.1f coaches × $%,.0f", teachers, plan.pdHours(),
                            hour, coaches, coach) + kept);
        }
        return sheet.lines();
    }
}
