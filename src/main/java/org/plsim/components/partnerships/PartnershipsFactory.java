package org.plsim.components.partnerships;

import static org.plsim.model.component.Basis.assumption;

import java.util.List;
import java.util.Optional;
import org.plsim.components.common.DefaultGrades;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Settings;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.model.component.PlanReach;
import org.plsim.model.component.SettingField;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The {@code partnerships} component: reads and checks its settings (every bad or unknown key at once),
 * its evidence parameters, and prices the plan.
 *
 * <pre>{@code
 * components:
 *   partnerships:
 *     tutoring_seats_per_100: 5
 *     family_engagement: 0.3
 *     rollout: {grades: K-12, coverage: 1.0}
 * }</pre>
 */
public final class PartnershipsFactory implements GrantComponentFactory {
    /** Grades served unless the scenario's {@code rollout.grades} says otherwise: K-12. */
    static final DefaultGrades DEFAULT_GRADES = new DefaultGrades(0, 12,
            assumption("partner programs (tutoring, mentoring, after-school, families) serve every grade"));

    @Override
    public String name() {
        return PartnershipsComponent.NAME;
    }

    @Override
    public String description() {
        return "community partnerships and networks: tutoring, mentoring and after-school seats, family engagement, "
                + "attendance outreach, teacher networks";
    }

    @Override
    public GrantComponent create(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        Read r = read(spec, scenario, evidence);
        return new PartnershipsComponent(r.plan, r.impl, PartnerEffects.read(evidence));
    }

    @Override
    public List<CostLine> costs(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        Read r = read(spec, scenario, evidence);
        return PartnershipCosts.of(r.plan, r.impl, scenario, evidence);
    }

    @Override
    public List<SettingField> settings(ScenarioSpec scenario, EvidenceValues evidence) {
        return Settings.describe(s -> read(s, scenario, evidence));
    }

    private record Read(PartnershipPlan plan, Implementation impl) {
    }

    private static Read read(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return read(new Settings(spec.settings()), scenario, evidence);
    }

    private static Read read(Settings s, ScenarioSpec scenario, EvidenceValues evidence) {
        PartnershipPlan plan = PartnershipPlan.read(s);
        Implementation impl = Implementation.read(s, DEFAULT_GRADES, scenario, evidence);
        s.done();
        return new Read(plan, impl);
    }

    @Override
    public Optional<PlanReach> reach(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return Optional.of(read(spec, scenario, evidence).impl().reach(scenario));
    }
}
