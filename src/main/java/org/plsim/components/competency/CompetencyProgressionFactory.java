package org.plsim.components.competency;

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

/** Finds {@link CompetencyProgression} by its scenario name, {@code competency_progression}. */
public final class CompetencyProgressionFactory implements GrantComponentFactory {
    @Override
    public String name() {
        return CompetencyProgression.NAME;
    }

    @Override
    public String description() {
        return "competency-based assessment and progression: units with mastery checks, correctives, advance on mastery";
    }

    @Override
    public GrantComponent create(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return new CompetencyProgression(CompetencyPlan.read(spec, scenario, evidence), MasteryModel.of(evidence),
                evidence);
    }

    @Override
    public List<String> beyondEvidence(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        CompetencyPlan plan = CompetencyPlan.read(spec, scenario, evidence);
        return studiedRanges(scenario, evidence).get(0).exceededBy(plan.threshold())
                ? List.of(String.format(java.util.Locale.ROOT, "mastery_threshold = %.2f, above the 80-90%% criteria "
                + "of the mastery-learning studies (Kulik & Kulik 1987; Guskey & Gates 1985)", plan.threshold()))
                : List.of();
    }

    /** The mastery criteria the mastery-learning studies set: 80-90% of a unit. */
    @Override
    public List<StudiedRange> studiedRanges(ScenarioSpec scenario, EvidenceValues evidence) {
        return List.of(new StudiedRange("mastery_threshold", 0.8, 0.9, "Kulik & Kulik 1987; Guskey & Gates 1985"));
    }

    @Override
    public List<SettingField> settings(ScenarioSpec scenario, EvidenceValues evidence) {
        return Settings.describe(s -> CompetencyPlan.read(s, scenario, evidence));
    }

    @Override
    public List<CostLine> costs(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return new CompetencyCosts(CompetencyPlan.read(spec, scenario, evidence), MasteryModel.of(evidence), evidence)
                .lines(scenario);
    }

    @Override
    public Optional<PlanReach> reach(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return Optional.of(CompetencyPlan.read(spec, scenario, evidence).implementation().reach(scenario));
    }

    @Override
    public Optional<TrainingCut> withoutTraining() {
        return Optional.of(new TrainingCut(Map.of("pd_hours_per_teacher", 0, "coaching", 0),
                "teachers take mastery units up only through PD (colleagues pass on only what some have adopted), "
                        + "so without it the plan does next to nothing for students"));
    }
}
