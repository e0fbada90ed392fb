package org.plsim.components.partnerships;

import static org.plsim.components.common.CostSheet.basis;

import java.util.List;
import org.plsim.components.common.CostSheet;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Rollout;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ScenarioSpec;

/**
 * Ingredient costs of a partnerships plan per school year (ingredients method, Levin &amp; Belfield 2015),
 * from the scenario alone: seats are per 100 students reached ({@link Rollout#reachedStudents}), network
 * time per teacher of the served grades × coverage. Each year's lines are scaled by
 * {@link Implementation#costShare} (all during the grant, the sustained share after it, none before the
 * start year; years with no cost have no lines).
 *
 * <ul>
 * <li>tutoring: seats × hours a week × weeks × {@code costs.partnerships.tutoring_student_hour};</li>
 * <li>after_school_seats: seats × {@code costs.partnerships.after_school_seat};</li>
 * <li>mentoring: matches × {@code costs.partnerships.mentoring_match};</li>
 * <li>family_engagement_coordinators: families reached ÷ {@code costs.partnerships.families_per_coordinator}
 *     × {@code costs.coach_salary};</li>
 * <li>attendance_outreach_staff: reached × {@code costs.partnerships.outreach_share} ÷
 *     {@code costs.partnerships.outreach_caseload} × {@code costs.partnerships.outreach_worker_salary};</li>
 * <li>teacher_network_time: teachers × {@code costs.partnerships.network_hours_per_teacher} ×
 *     {@code costs.teacher_hour};</li>
 * <li>dual_enrollment_seats: reached students in grades 9–12 × seats / 100 ×
 *     {@code costs.partnerships.dual_enrollment_seat}.</li>
 * </ul>
 */
final class PartnershipCosts {
    private PartnershipCosts() {
    }

    static List<CostLine> of(PartnershipPlan plan, Implementation impl, ScenarioSpec scenario, EvidenceValues ev) {
        CostSheet sheet = new CostSheet(PartnershipsComponent.NAME);
        Rollout rollout = impl.rollout();
        long reached = rollout.reachedStudents(scenario);
        int weeks = scenario.weeksPerYear();
        double tutored = Roster.seats((int) Math.min(Integer.MAX_VALUE, reached), plan.tutoringSeatsPer100());
        double afterSchool = Roster.seats((int) Math.min(Integer.MAX_VALUE, reached), plan.afterSchoolSeatsPer100());
        double mentored = Roster.seats((int) Math.min(Integer.MAX_VALUE, reached), plan.mentorsPer100());
        double families = Math.round(reached * plan.familyEngagement());
        double perStudentHour = ev.get("costs.partnerships.tutoring_student_hour");
        double perSeat = ev.get("costs.partnerships.after_school_seat");
        double perMatch = ev.get("costs.partnerships.mentoring_match");
        double perCoordinator = ev.get("costs.partnerships.families_per_coordinator");
        double coordinators = families / perCoordinator;
        double coach = ev.get("costs.coach_salary");
        double outreachStaff = plan.attendanceOutreach() ? reached * ev.get("costs.partnerships.outreach_share")
                / ev.get("costs.partnerships.outreach_caseload") : 0;
        double worker = ev.get("costs.partnerships.outreach_worker_salary");
        double teachers = plan.teacherNetwork() ? rollout.eligibleTeachers(scenario) * rollout.coverage() : 0;
        double hours = ev.get("costs.partnerships.network_hours_per_teacher");
        double teacherHour = ev.get("costs.teacher_hour");
        double dualSeats = DualEnrollment.seats(rollout.reachedStudentsFrom(scenario, DualEnrollment.FIRST_GRADE), plan);
        double perDualSeat = ev.get("costs.partnerships.dual_enrollment_seat");
        for (int year = 1; year <= scenario.years(); year++) {
            double share = impl.costShare(year);
            if (share <= 0) {
                continue;
            }
            String kept = share < 1 ? basis(" × %.2f sustained after the grant", share) : "";
            sheet.addIfSpent("tutoring", year, tutored * plan.tutoringHoursPerWeek() * weeks * perStudentHour * share,
                    basis("%,.0f students tutored × %.1f h/week × %d weeks × $%,.0f per student-hour", tutored,
                            plan.tutoringHoursPerWeek(), weeks, perStudentHour) + kept);
            sheet.addIfSpent("after_school_seats", year, afterSchool * perSeat * share,
                    basis("%,.0f seats × $%,.0f per seat-year", afterSchool, perSeat) + kept);
            sheet.addIfSpent("mentoring", year, mentored * perMatch * share,
                    basis("%,.0f mentor matches × $%,.0f per match-year", mentored, perMatch) + kept);
            sheet.addIfSpent("family_engagement_coordinators", year, coordinators * coach * share,
                    basis("%,.0f families ÷ %,.0f per coordinator = %.1f FTE × $%,.0f", families,
                            perCoordinator, coordinators, coach) + kept);
            sheet.addIfSpent("attendance_outreach_staff", year, outreachStaff * worker * share,
                    basis("%,d students × %.0f%% expected chronically absent ÷ caseload %.0f = %.1f FTE × $%,.0f",
                            reached, 100 * ev.get("costs.partnerships.outreach_share"),
                            ev.get("costs.partnerships.outreach_caseload"), outreachStaff, worker) + kept);
            sheet.addIfSpent("teacher_network_time", year, teachers * hours * teacherHour * share,
                    basis("%,.0f teachers × %.0f h/year × $%,.0f per hour", teachers, hours, teacherHour) + kept);
            sheet.addIfSpent("dual_enrollment_seats", year, dualSeats * perDualSeat * share,
                    basis("%,.0f seats × $%,.0f per seat-year", dualSeats, perDualSeat) + kept);
        }
        return sheet.lines();
    }
}
