package org.plsim.components.blended;

import java.util.ArrayList;
import java.util.List;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Settings;
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
 *   devices_per_student: 1.0
 *   connectivity: 0.95
 *   software: adaptive
 *   pd_hours_per_teacher: 30
 *   coaching: true
 * }</pre>
 *
 * <p>Dosage is set per subject in one block rather than as a subject list plus one number: districts plan
 * different minutes for math and reading, and a subject is switched off by giving it 0 minutes, so two keys
 * can never contradict each other.
 *
 * @param implementation    rollout (default grades K-12), fidelity, grant years (common to all components)
 * @param mathMinutes       planned minutes a week on adaptive math software, 0–300
 * @param readingMinutes    planned minutes a week on adaptive reading software, 0–300
 * @param devicesPerStudent devices bought per reached student, 0–1.2 (above 1: spares; access is capped at 1)
 * @param connectivity      share of students with reliable network access at school, 0–1
 * @param software          the kind of software (Cheung &amp; Slavin categories)
 * @param pdHours           professional-development hours a year for each teacher of the served grades, 0–100
 * @param coaching          whether adopting teachers are coached
 */
public record BlendedPlan(Implementation implementation, double mathMinutes, double readingMinutes,
                          double devicesPerStudent, double connectivity, Software software, double pdHours,
                          boolean coaching) {
    /** K-12: adaptive software exists for every grade; a rollout narrows it. */
    static final int[] DEFAULT_GRADES = {0, 12};

    /** Reads and validates the settings, reporting every bad key at once (paths relative to the block). */
    public static BlendedPlan read(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        Settings s = new Settings(spec.settings());
        Settings minutes = s.block("adaptive_minutes_per_week");
        double math = minutes.number("math", 90, 0, 300);
        double reading = minutes.number("reading", 90, 0, 300);
        double devices = s.number("devices_per_student", 1.0, 0, 1.2);
        double connectivity = s.number("connectivity", 0.95, 0, 1);
        String software = s.choice("software", Software.ADAPTIVE.label(), Software.labels());
        double pd = s.number("pd_hours_per_teacher", 30, 0, 100);
        boolean coaching = s.flag("coaching", true);
        Implementation impl = Implementation.read(s, DEFAULT_GRADES, scenario, evidence);
        s.done();
        return new BlendedPlan(impl, math, reading, devices, connectivity, Software.fromLabel(software), pd,
                coaching);
    }

    /** Planned minutes a week on the software in {@code subject}. */
    public double minutes(Subject subject) {
        return subject == Subject.MATH ? mathMinutes : subject == Subject.READING ? readingMinutes : 0;
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
