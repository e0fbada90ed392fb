package org.plsim.components.blended;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plsim.components.common.Settings;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.model.component.PlanReach;
import org.plsim.model.component.SettingField;
import org.plsim.model.component.StudiedRange;
import org.plsim.model.component.TrainingCut;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/** Finds {@code blended_learning} in a scenario's {@code components:} block (see {@link BlendedPlan}). */
public final class BlendedLearningFactory implements GrantComponentFactory {
    @Override
    public String name() {
        return BlendedLearning.NAME;
    }

    @Override
    public String description() {
        return "blended learning: adaptive software minutes a week on school devices, taken up by teachers "
                + "through PD and coaching";
    }

    @Override
    public GrantComponent create(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        BlendedPlan plan = BlendedPlan.read(spec, scenario, evidence);
        return new BlendedLearning(plan, AdaptiveSoftware.read(evidence, plan.software()),
                TeacherUptake.of(plan, evidence), evidence.get("blended_learning.report_use_effect"));
    }

    @Override
    public List<String> beyondEvidence(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        BlendedPlan plan = BlendedPlan.read(spec, scenario, evidence);
        List<StudiedRange> studied = studiedRanges(scenario, evidence);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double minutes = i == 0 ? plan.mathMinutes() : plan.readingMinutes();
            if (studied.get(i).exceededBy(minutes)) {
                out.add(String.format(java.util.Locale.ROOT, "adaptive_minutes_per_week.%s = %.0f minutes a week, "
                        + "beyond the %.0f minutes the dosage evidence reaches (Cheung & Slavin 2013: >75 minutes "
                        + "a week the top category)", i == 0 ? "math" : "reading", minutes, studied.get(i).high()));
            }
        }
        return out;
    }

    /** Math then reading minutes: up to the registry's saturation dosage, the most the dosage evidence reaches. */
    @Override
    public List<StudiedRange> studiedRanges(ScenarioSpec scenario, EvidenceValues evidence) {
        double studied = evidence.get("blended_learning.saturation_minutes");
        String source = "Cheung & Slavin 2013 (dosage categories up to >75 minutes a week)";
        return List.of(new StudiedRange("adaptive_minutes_per_week.math", 0, studied, source),
                new StudiedRange("adaptive_minutes_per_week.reading", 0, studied, source));
    }

    @Override
    public List<SettingField> settings(ScenarioSpec scenario, EvidenceValues evidence) {
        return Settings.describe(s -> BlendedPlan.read(s, scenario, evidence));
    }

    @Override
    public List<CostLine> costs(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return BlendedCosts.lines(BlendedPlan.read(spec, scenario, evidence), scenario, evidence);
    }

    @Override
    public Optional<PlanReach> reach(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return Optional.of(BlendedPlan.read(spec, scenario, evidence).implementation().reach(scenario));
    }

    @Override
    public Optional<TrainingCut> withoutTraining() {
        return Optional.of(new TrainingCut(Map.of("pd_hours_per_teacher", 0, "coaching", false),
                "teachers take the software up only through PD (colleagues pass on only what some have adopted), so "
                        + "without it the plan does next to nothing for students"));
    }
}
