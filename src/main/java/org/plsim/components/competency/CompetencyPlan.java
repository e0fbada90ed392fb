package org.plsim.components.competency;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.model.component.Basis.cited;
import static org.plsim.model.component.Basis.evidence;

import java.util.ArrayList;
import java.util.List;
import org.plsim.components.common.About;
import org.plsim.components.common.DefaultGrades;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Settings;
import org.plsim.components.common.Unit;
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
    static final DefaultGrades DEFAULT_GRADES = new DefaultGrades(0, 12, assumption("a K-12 competency-based "
            + "system, as Lindsay Unified (an RTT-D 2012 winner) built; the span is the authors' reading of such "
            + "plans"));

    public CompetencyPlan {
        subjects = List.copyOf(subjects);
    }

    public static CompetencyPlan read(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return read(new Settings(spec.settings()), scenario, evidence);
    }

    /** Reads the plan from {@code s} (also how the settings reference lists the keys and their defaults). */
    static CompetencyPlan read(Settings s, ScenarioSpec scenario, EvidenceValues evidence) {
        Implementation impl = Implementation.read(s, DEFAULT_GRADES, scenario, evidence);
        List<String> names = s.names("subjects", List.of("math", "reading"), "math, reading, or both as a list",
                new About(Unit.SUBJECTS, "subjects taught in mastery units",
                        assumption("both subjects the model simulates, as a whole-school competency system has")));
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
        int units = s.whole("units_per_year", 9, 4, 18, new About(Unit.UNITS_PER_YEAR,
                "units in a school year, each ending with a mastery check",
                assumption("four weeks a unit in a 36-week year; no study fixes the length of a unit")));
        double threshold = s.number("mastery_threshold", 0.8, 0.5, 0.95, new About(Unit.SHARE,
                "share of a unit's content a check must show to pass; above 0.9 the run is flagged beyond "
                        + "the evidence",
                cited("mastery-learning studies set criteria of 80-90%, and effects depend on the criterion "
                        + "(Kulik & Kulik 1987; Guskey & Gates 1985)", "kulik-kulik-1987", "guskey-gates-1985")));
        double reliability = s.number("assessment_reliability", 0.8, 0.5, 0.95, new About(Unit.RELIABILITY,
                "reliability of the mastery checks; lower: more false mastery and needless correctives",
                assumption("a purchased, well-built assessment system; teacher-made tests are nearer 0.5 and "
                        + "standardized tests 0.9 (Frisbie 1988), 0.8 is the authors' point between")));
        double pace = s.number("pace_support", 0.5, 0, 1, new About(Unit.SHARE,
                "share of corrective time given outside class (extended day, tutoring); the rest puts the "
                        + "student behind the class's pace",
                assumption("half of it: plans fund some extended time, not all; no source gives the share")));
        int rounds = s.whole("max_corrective_rounds", 2, 0, 4, new About(Unit.ROUNDS_PER_UNIT,
                "corrective rounds a student may take on one unit before moving on anyway; 0: checks without "
                        + "correctives, which change nothing",
                assumption("a second chance after the first corrective, then move on to keep pace")));
        double pd = s.number("pd_hours_per_teacher", 30, 0, 200, new About(Unit.HOURS_PER_TEACHER_YEAR,
                "professional development on mastery checks and correctives",
                evidence("competency_progression.reference_pd_hours", "one reference dose (Yoon et al. 2007: "
                        + "programs over 14 hours had effects, those with effects averaged 49)")));
        double coaching = s.number("coaching", 0.5, 0, 1, new About(Unit.SHARE,
                "share of served teachers with an instructional coach; raises proficiency growth by "
                        + "implementation.coaching_boost × the share",
                assumption("coaches for half the teachers; coaching's effect is Kraft, Blazar & Hogan 2018, "
                        + "the share is the authors' choice")));
        s.done();
        return new CompetencyPlan(impl, subjects, units, threshold, reliability, pace, rounds, pd, coaching);
    }

    /** Weeks of class time one unit takes at the class's pace. */
    public double unitWeeks(int weeksPerYear) {
        return weeksPerYear / (double) unitsPerYear;
    }
}
