package org.plsim.components.plans;

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
import org.plsim.model.component.TrainingCut;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/** Finds {@code learning_plans} by name (listed in {@code META-INF/services}). */
public final class LearningPlansFactory implements GrantComponentFactory {
    @Override
    public String name() {
        return LearningPlans.NAME;
    }

    @Override
    public String description() {
        return "individualized college and career readiness learning plans (grades 6-12): counselors, advisory"
                + " teachers and families build and review plans that raise engagement, attendance, course-taking"
                + " and college steps";
    }

    @Override
    public GrantComponent create(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        PlanSettings settings = PlanSettings.read(spec, scenario, evidence);
        double[] adoption = {
                evidence.get("implementation.adoption_pd_rate"),
                evidence.get("implementation.peer_adoption"),
                evidence.get("implementation.proficiency_gain"),
                evidence.get("implementation.collaboration_boost")};
        return new LearningPlans(settings, PlanEvidence.read(evidence), adoption);
    }

    @Override
    public List<SettingField> settings(ScenarioSpec scenario, EvidenceValues evidence) {
        return Settings.describe(s -> PlanSettings.read(s, scenario, evidence));
    }

    @Override
    public List<CostLine> costs(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return PlanCosts.of(PlanSettings.read(spec, scenario, evidence), scenario, evidence);
    }

    @Override
    public Optional<PlanReach> reach(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return Optional.of(PlanSettings.read(spec, scenario, evidence).implementation().reach(scenario));
    }

    @Override
    public Optional<TrainingCut> withoutTraining() {
        return Optional.of(new TrainingCut(Map.of("advisor_pd_hours", 0),
                "advisors take the plans up only through PD (colleagues pass on only what some have adopted), so "
                        + "without it the plan does next to nothing for students"));
    }
}
