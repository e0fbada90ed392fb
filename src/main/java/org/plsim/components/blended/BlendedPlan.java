package org.plsim.components.blended;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.model.component.Basis.cited;
import static org.plsim.model.component.Basis.evidence;
import static org.plsim.scenario.NumberText.compact;

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
 * A district's blended-learning plan: the scenario knobs of {@code components.blended_learning}, validated.
 *
 * <pre>{@code
 * blended_learning:
 *   adaptive_minutes_per_week: {math: 90, reading: 60}
 *   replaced_minutes_per_week: {math: 0, reading: 0}
 *   devices_per_student: 1.0
 *   connectivity: 0.95
 *   software: adaptive
 *   pd_hours_per_teacher: 30
 *   coaching: true
 *   teacher_experience: false
 *   home_minutes_per_week: {math: 0, reading: 0}
 *   teachers_acting_on_reports: 0
 * }</pre>
 *
 * <p>Dosage is set per subject in one block rather than as a subject list plus one number: districts plan
 * different minutes for math and reading, and a subject is switched off by giving it 0 minutes, so two keys
 * can never contradict each other. For the same reason the minutes that replace regular instruction are given
 * as minutes, per subject, out of the minutes on the software (rather than as a mode and a share): 0 is a
 * supplement (the default, what the evidence effects describe), all of them a whole-course program (e.g.
 * {@code {math: 250}} of 250 minutes, a 50-minute period every day), anything between a plan that moves part
 * of its lessons to the lab (Cognitive Tutor: two of five periods a week).
 *
 * @param implementation    rollout (default grades K-12), fidelity, grant years (common to all components)
 * @param mathMinutes       planned minutes a week on adaptive math software, 0–300
 * @param readingMinutes    planned minutes a week on adaptive reading software, 0–300
 * @param devicesPerStudent devices bought per reached student, 0–1.2 (above 1: spares; access is capped at 1)
 * @param connectivity      share of students with reliable network access at school, 0–1
 * @param software          the kind of software (Cheung &amp; Slavin categories)
 * @param pdHours           professional-development hours a year for each teacher of the served grades, 0–100
 * @param coaching          whether adopting teachers are coached
 * @param mathReplaced      of the math minutes, those that replace regular math instruction, 0–mathMinutes
 * @param readingReplaced   of the reading minutes, those that replace regular reading instruction
 * @param teacherExperience whether teachers in their first year with the software get less from each minute
 * @param home              of the minutes, those assigned as homework ({@link HomeMinutes}; none by default)
 * @param actingOnReports   share of the teachers of users who act on what the software reports, 0–1
 *                          ({@link ReportUse}; 0 by default)
 */
public record BlendedPlan(Implementation implementation, double mathMinutes, double readingMinutes,
                          double devicesPerStudent, double connectivity, Software software, double pdHours,
                          boolean coaching, double mathReplaced, double readingReplaced,
                          boolean teacherExperience, HomeMinutes home, double actingOnReports) {
    /** K-12: adaptive software exists for every grade; a rollout narrows it. */
    static final DefaultGrades DEFAULT_GRADES = new DefaultGrades(0, 12,
            assumption("adaptive math and reading software exists for every grade; a rollout narrows it"));

    /** Reads and validates the settings, reporting every bad key at once (paths relative to the block). */
    public static BlendedPlan read(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return read(new Settings(spec.settings()), scenario, evidence);
    }

    /** Reads the plan from {@code s} (also how the settings reference lists the keys and their defaults). */
    static BlendedPlan read(Settings s, ScenarioSpec scenario, EvidenceValues evidence) {
        Settings minutes = s.block("adaptive_minutes_per_week");
        double math = minutes.number("math", 90, 0, 300, new About(Unit.MINUTES_PER_WEEK,
                "planned minutes a week on adaptive math software; 0: math is not taught on it (no licenses)",
                evidence("blended_learning.reference_minutes", "the dosage the pooled effects describe (Cheung "
                        + "& Slavin 2013: programmes used more than 75 minutes a week)")));
        double reading = minutes.number("reading", 90, 0, 300, new About(Unit.MINUTES_PER_WEEK,
                "planned minutes a week on adaptive reading software; 0: reading is not taught on it",
                evidence("blended_learning.reference_minutes", "as for math: the dosage the evidence effects "
                        + "describe")));
        Settings replaced = s.block("replaced_minutes_per_week");
        double[] lost = new double[2];
        for (int k = 0; k < 2; k++) {
            String subject = k == 0 ? "math" : "reading";
            double planned = k == 0 ? math : reading;
            lost[k] = replaced.number(subject, 0, 0, 300, new About(Unit.MINUTES_PER_WEEK,
                    "of the " + subject + " minutes on the software, those that take the place of regular " + subject
                            + " lessons (whose own learning is given up); the rest are added to them. 0: a "
                            + "supplement; all of adaptive_minutes_per_week." + subject + ": a whole-course program",
                    cited("the evidence effects (blended_learning." + subject + "_effect) describe supplemental "
                            + "software, used besides regular instruction (" + (k == 0
                            ? "Cheung & Slavin 2013: supplemental +0.18, comprehensive programs +0.07"
                            : "Cheung & Slavin 2012: supplementary +0.11, comprehensive models +0.04") + ")",
                            k == 0 ? "cheung-slavin-2013-math" : "cheung-slavin-2012-reading")));
            if (lost[k] > planned) {
                replaced.problem(subject, compact(lost[k]) + ", more than the " + compact(planned)
                        + " minutes on the software (adaptive_minutes_per_week." + subject + ")",
                        "at most adaptive_minutes_per_week." + subject + ": only minutes spent on the software "
                                + "can replace a lesson");
            }
        }
        double devices = s.number("devices_per_student", 1.0, 0, 1.2, new About(Unit.DEVICES_PER_STUDENT,
                "devices bought per reached student; below 1 some have none, above 1 spares add cost, not access",
                assumption("one device per reached student (1:1), so devices do not limit use")));
        double connectivity = s.number("connectivity", 0.95, 0, 1, new About(Unit.SHARE,
                "share of students with reliable network access at school (not costed)",
                assumption("most but not all students connect reliably at school; no source gives the share")));
        String software = s.choice("software", Software.ADAPTIVE.label(), Software.labels(), new About(Unit.KIND,
                "adaptive: work at each student's level (math +0.18 SD); computer_managed: the computer assigns, "
                        + "students work off-screen (+0.08 SD) — Cheung & Slavin 2013 categories",
                assumption("the plan buys adaptive software, the kind blended learning is about")));
        double pd = s.number("pd_hours_per_teacher", 30, 0, 100, new About(Unit.HOURS_PER_TEACHER_YEAR,
                "professional development for each teacher of the served grades; 0: no teacher takes the "
                        + "software up",
                evidence("blended_learning.pd_reference_hours", "the reference dose at which a teacher adopts "
                        + "with implementation.adoption_pd_rate")));
        boolean coaching = s.flag("coaching", true, new About(Unit.SWITCH,
                "adopting teachers are coached (one coach per costs.blended_learning.teachers_per_coach "
                        + "teachers): proficiency grows by implementation.coaching_boost faster",
                assumption("the plan includes coaching, the support with causal evidence (Kraft, Blazar & "
                        + "Hogan 2018); switch it off to see PD alone")));
        boolean experience = s.flag("teacher_experience", false, new About(Unit.SWITCH,
                "true: a teacher's students get blended_learning.first_year_effectiveness of each minute's effect "
                        + "in the teacher's first year teaching with the software, all of it from the second (a "
                        + "new teacher at a post starts again); the evidence effects then describe experienced "
                        + "teachers",
                assumption("off: the evidence effects come mostly from one-year studies, so they already describe "
                        + "teachers in their first year with the software; Pane et al. 2014 (nothing in year 1, "
                        + "about +0.2 SD in year 2) is one trial, whose first year is also the school's")));
        HomeMinutes home = HomeMinutes.read(s, new double[] {math, reading}, lost, evidence);
        double acting = ReportUse.readShare(s);
        Implementation impl = Implementation.read(s, DEFAULT_GRADES, scenario, evidence);
        s.done();
        return new BlendedPlan(impl, math, reading, devices, connectivity, Software.fromLabel(software), pd,
                coaching, lost[0], lost[1], experience, home, acting);
    }

    /** Planned minutes a week on the software in {@code subject}. */
    public double minutes(Subject subject) {
        return subject == Subject.MATH ? mathMinutes : subject == Subject.READING ? readingMinutes : 0;
    }

    /** Planned minutes a week done in {@code subject}: the class minutes and the home minutes completed. */
    public double doneMinutes(Subject subject) {
        return home.done(subject, minutes(subject));
    }

    /** Of the planned minutes in {@code subject}, those that replace regular lessons. */
    public double replacedMinutes(Subject subject) {
        return subject == Subject.MATH ? mathReplaced : subject == Subject.READING ? readingReplaced : 0;
    }

    /** Subjects with planned minutes (those that need licenses). */
    public List<Subject> subjectsUsed() {
        List<Subject> used = new ArrayList<>();
        for (Subject sub : Subject.TESTED) {
            if (minutes(sub) > 0) {
                used.add(sub);
            }
        }
        return used;
    }

    /** Share of reached students with a device of their own (spares beyond one a student add no access). */
    public double deviceShare() {
        return Math.min(1.0, devicesPerStudent);
    }
}
