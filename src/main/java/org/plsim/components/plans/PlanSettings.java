package org.plsim.components.plans;

import org.plsim.components.common.Implementation;
import org.plsim.components.common.Settings;
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
    static final int[] DEFAULT_GRADES = {6, 12};

    static PlanSettings read(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues ev) {
        Settings s = new Settings(spec.settings());
        Implementation impl = Implementation.read(s, DEFAULT_GRADES, scenario, ev);
        PlanSettings p = new PlanSettings(impl,
                s.number("added_counselors_per_1000_students", 0, 0, 10),
                s.number("advisory_minutes_per_week", 30, 0, 120),
                s.whole("family_conferences_per_year", 2, 0, 4),
                s.whole("reviews_per_year", 2, 1, 4),
                s.flag("college_steps", true),
                s.number("advisor_pd_hours", 6, 0, 40));
        s.done();
        return p;
    }
}
