package org.plsim.model.component;

import java.util.List;
import java.util.Optional;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * Creates a component from its scenario settings; found by name through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.plsim.model.component.GrantComponentFactory}), so adding a component
 * touches no core class.
 */
public interface GrantComponentFactory {
    /** The key under the scenario's {@code components:} block. */
    String name();

    /** One line for {@code --help} and the reference scenario. */
    String description();

    /**
     * A component configured from {@code spec.settings()} for {@code scenario}'s district and this
     * replicate's evidence values. Called once per treatment arm; it must not draw random numbers (the
     * component draws from its streams once running).
     *
     * @throws org.plsim.scenario.InvalidSpecException naming each bad setting (field paths relative to the
     *         component's block)
     */
    GrantComponent create(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence);

    /**
     * The plan's ingredient costs, year by year over the scenario's horizon, from the scenario alone (who is
     * served, how many teachers, at what dosage): a pure function, used to check a budget before any run and
     * to report cost per student. A component with no cost returns an empty list.
     */
    default List<CostLine> costs(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return List.of();
    }

    /**
     * Plan settings beyond the range the evidence studied (e.g. more adaptive minutes a week than any study
     * gave), one sentence each with the value and the studied range: the run is not refused, its projection
     * is flagged (guard-rails). None by default.
     */
    default List<String> beyondEvidence(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return List.of();
    }

    /**
     * The settings whose studied values are known (see {@link StudiedRange}), for the explorer to show beside
     * its controls; {@link #beyondEvidence} flags a plan above them. None by default.
     */
    default List<StudiedRange> studiedRanges(ScenarioSpec scenario, EvidenceValues evidence) {
        return List.of();
    }

    /**
     * Every key the component reads, in reading order, with unit, range, default and its basis: what the
     * settings reference ({@code src/site/markdown/component-settings.md}) is generated from. A component
     * answers by reading an empty block through the same reader {@link #create} uses, so the page cannot
     * drift from the defaults the code applies. None by default (a component without documented settings).
     */
    default List<SettingField> settings(ScenarioSpec scenario, EvidenceValues evidence) {
        return List.of();
    }

    /**
     * Whom the plan serves at the start, from the scenario alone (as {@link #costs} counts them), for the cost
     * preview's students reached. Empty by default (a component that does not say).
     */
    default Optional<PlanReach> reach(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
        return Optional.empty();
    }

    /**
     * The settings that leave the plan's teacher training out, for the cost preview to price as a way of
     * reaching more students within a budget. Empty by default (a component that trains no one).
     */
    default Optional<TrainingCut> withoutTraining() {
        return Optional.empty();
    }
}
