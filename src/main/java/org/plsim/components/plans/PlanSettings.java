package org.plsim.components.plans;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.model.component.Basis.cited;
import static org.plsim.model.component.Basis.evidence;

import org.plsim.components.common.About;
import org.plsim.components.common.DefaultGrades;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Settings;
import org.plsim.components.common.Unit;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The scenario knobs of {@code learning_plans}, validated (every problem reported at once, with its path).
 *
 * @param implementation           rollout (default grades 6-12), fidelity, grant years, scale attenuation
 * @param addedCounselorsPer1000   counselors (FTE) the grant adds per 1,000 students in the served grades, 0–10
 * @param advisoryMinutesPerWeek   teacher advisory time for plans, minutes a week, 0–120
 * @param familyConferencesPerYear plan conferences with the family a year, 0–4
 * @param reviewsPerYear           plan reviews a year (the first is the fall build or review), 1–4
 * @param collegeSteps             FAFSA, application and enrollment support in grades 11–12
 * @param advisorPdHours           professional development for advisory teachers, hours a year, 0–40
 */
record PlanSettings(Implementation implementation, double addedCounselorsPer1000, double advisoryMinutesPerWeek,
                    int familyConferencesPerYear, int reviewsPerYear, boolean collegeSteps,
                    double advisorPdHours) {

    /** Plans are for middle and high school (Solberg et al. 2014; most state ILP mandates). */
    static final DefaultGrades DEFAULT_GRADES = new DefaultGrades(6, 12, cited("learning plans are a middle- and "
            + "high-school practice (Solberg et al. 2014; most state ILP mandates)", "solberg-et-al-2014"));

    static PlanSettings read(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues ev) {
        return read(new Settings(spec.settings()), scenario, ev);
    }

    /** Reads the knobs from {@code s} (also how the settings reference lists the keys and their defaults). */
    static PlanSettings read(Settings s, ScenarioSpec scenario, EvidenceValues ev) {
        Implementation impl = Implementation.read(s, DEFAULT_GRADES, scenario, ev);
        PlanSettings p = new PlanSettings(impl,
                s.number("added_counselors_per_1000_students", 0, 0, 10, new About(Unit.COUNSELORS_PER_1000,
                        "counselors the grant adds per 1,000 students in the plan grades (costs.counselor_salary "
                                + "each), on top of district.counselor_ratio",
                        assumption("none: plans use the district's existing counselors unless the plan pays "
                                + "for more"))),
                s.number("advisory_minutes_per_week", 30, 0, 120, new About(Unit.MINUTES_PER_WEEK,
                        "teacher advisory time for plans, with an advisory group of class_size students",
                        evidence("learning_plans.advisory_minutes_half", "a typical advisory period (20-45 "
                                + "minutes a week), where advisory gives half its share of plan quality"))),
                s.whole("family_conferences_per_year", 2, 0, 4, new About(Unit.PER_YEAR,
                        "plan conferences with the family (student-led, advisor present); families attend each "
                                + "with learning_plans.conference_attendance",
                        assumption("a fall and a spring conference; no study gives the number"))),
                s.whole("reviews_per_year", 2, 1, 4, new About(Unit.PER_YEAR,
                        "plan reviews, the first being the fall build; between reviews a plan loses quality "
                                + "(learning_plans.plan_half_life_weeks)",
                        assumption("the fall build and one spring review; no study gives the number"))),
                s.flag("college_steps", true, new About(Unit.SWITCH,
                        "FAFSA, application and enrollment support for plan students in grades 11-12",
                        assumption("plans for college and career readiness include the college steps"))),
                s.number("advisor_pd_hours", 6, 0, 40, new About(Unit.HOURS_PER_TEACHER_YEAR,
                        "professional development on plan conferences for each advisory teacher",
                        evidence("learning_plans.advisor_pd_reference_hours", "one PD day on plan "
                                + "conferences and the planning platform, the reference dose"))));
        s.done();
        return p;
    }
}
