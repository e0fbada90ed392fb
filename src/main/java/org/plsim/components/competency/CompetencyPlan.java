package org.plsim.components.competency;

import java.util.ArrayList;
import java.util.List;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Settings;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The scenario's knobs for {@code competency_progression}, validated (every bad key reported at once).
 *
 * @param implementation    who is served from when, fidelity, grant years (shared machinery)
 * @param subjects          subjects taught in mastery units (math, reading)
 * @param unitsPerYear      units in a school year, each ending with a mastery check, 4–18
 * @param threshold         share of a unit's content a check must show to pass, 0.5–0.95
 * @param reliability       reliability of the mastery checks, 0.5 (a typical teacher-made quiz) – 0.95
 * @param paceSupport       share of corrective time given outside regular class time (extended day,
 *                          tutoring), 0–1; the rest displaces class time and puts the student behind pace
 * @param maxRounds         corrective rounds a student may take on one unit before moving on anyway, 0–4
 * @param pdHoursPerTeacher professional development on mastery checks and correctives, hours per teacher per year
 * @param coaching          share of served teachers with an instructional coach, 0–1
 */
public record CompetencyPlan(Implementation implementation, List<Subject> subjects, int unitsPerYear,
                             double threshold, double reliability, double paceSupport, int maxRounds,
                             double pdHoursPerTeacher, double coaching) {
    /** Default grades: K-12, as in the K-12 performance-based systems of Lindsay Unified (an RTT-D 2012 winner). */
    static final int[] DEFAULT_GRADES = {0, 12};

    public CompetencyPlan {
        subjects = List.copyOf(subjects);
    }

    public static CompetencyPlan read(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        Settings s = new Settings(spec.settings());
        Implementation impl = Implementation.read(s, DEFAULT_GRADES, scenario, evidence);
        List<String> names = s.names("subjects", List.of("math", "reading"));
        List<Subject> subjects = new ArrayList<>();
        for (String n : names) {
            if (!n.equals("math") && !n.equals("reading")) {
                s.problem("subjects", "'" + n + "'", "math, reading or both, e.g. [math, reading]");
            } else if (!subjects.contains(Subject.fromLabel(n))) {
                subjects.add(Subject.fromLabel(n));
            }
        }
        if (subjects.isEmpty() && names.isEmpty()) {
            s.problem("subjects", "no subject", "math, reading or both, e.g. [math, reading]");
        }
        int units = s.whole("units_per_year", 9, 4, 18);
        double threshold = s.number("mastery_threshold", 0.8, 0.5, 0.95);
        double reliability = s.number("assessment_reliability", 0.8, 0.5, 0.95);
        double pace = s.number("pace_support", 0.5, 0, 1);
        int rounds = s.whole("max_corrective_rounds", 2, 0, 4);
        double pd = s.number("pd_hours_per_teacher", 30, 0, 200);
        double coaching = s.number("coaching", 0.5, 0, 1);
        s.done();
        return new CompetencyPlan(impl, subjects, units, threshold, reliability, pace, rounds, pd, coaching);
    }

    /** Weeks of class time one unit takes at the class's pace. */
    public double unitWeeks(int weeksPerYear) {
        return weeksPerYear / (double) unitsPerYear;
    }
}
