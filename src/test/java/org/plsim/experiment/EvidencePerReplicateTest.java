package org.plsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.ResolvedEvidence;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;
import org.plsim.testing.Districts;

/** The runner resolves evidence once per replicate, from its run seed, and hands it to the components. */
class EvidencePerReplicateTest {
    private static final String SHARE = "implementation.sustained_share";
    private final EvidenceRegistry evidence = EvidenceRegistry.builtIn();

    /** A component that does nothing but remember the evidence it was created with. */
    private static final class Probe implements GrantComponentFactory {
        final List<EvidenceValues> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String description() {
            return "test-only: records its evidence values";
        }

        @Override
        public GrantComponent create(ComponentSpec spec, org.plsim.scenario.ScenarioSpec scenario,
                                     EvidenceValues values) {
            seen.add(values);
            return () -> "probe";
        }
    }

    private final Probe probe = new Probe();
    private final ScenarioRunner runner = new ScenarioRunner(new ComponentRegistry(List.of(probe)), evidence, 2);

    private ScenarioSpec spec(int replicates) {
        return Districts.small(1).withReplicates(replicates)
                .withComponents(List.of(new ComponentSpec("probe", Map.of())));
    }

    @Test
    void eachReplicate_drawsItsValuesFromItsRunSeed_andItsTreatmentArmGetsThem() {
        ScenarioResult result = runner.run(spec(3), ProgressListener.NONE);

        assertEquals(evidence.central(spec(3)), probe.seen.get(0), "the check before the run: central values");
        for (ReplicateResult r : result.replicates()) {
            ResolvedEvidence expected = evidence.values(spec(3), r.key().runSeed());
            assertEquals(expected, r.evidence());
            // the treatment arm's plan, and the same plan in the business-as-usual arm, run only to mark whom it reaches
            assertEquals(2, probe.seen.stream().filter(v -> v == r.evidence()).count(),
                    "both arms' plans were created with replicate " + r.key().replicate() + "'s values");
        }
        assertNotEquals(result.replicates().get(0).evidence().get(SHARE), result.replicates().get(1).evidence().get(SHARE));
        assertEquals(7, probe.seen.size(), "one check, three treatment arms, three business-as-usual arms (reach only)");
    }

    @Test
    void uncertaintyNone_givesEveryReplicateTheCentralValues_withOverridesApplied() {
        ScenarioSpec spec = spec(2).withUncertainty(Uncertainty.NONE).withEvidence(Map.of(SHARE, 0.3));
        ScenarioResult result = runner.run(spec, ProgressListener.NONE);
        for (ReplicateResult r : result.replicates()) {
            assertEquals(Uncertainty.NONE, r.evidence().mode());
            assertEquals(0.3, r.evidence().get(SHARE));
            assertEquals(0.5, r.evidence().get("implementation.scale_attenuation"));
        }
    }

    @Test
    void theScenariosBusinessAsUsualValues_areTheOnesRecorded() {
        ScenarioSpec spec = spec(1);
        ResolvedEvidence v = runner.run(spec, ProgressListener.NONE).replicates().get(0).evidence();
        assertEquals(spec.bau().teacherVaSdMath(), v.get("business_as_usual.teacher_va_sd.math"));
        assertEquals(evidence.sha256(), v.registrySha256());
    }

    @Test
    void withoutComponents_drawingEvidenceOrNot_changesNoOutcome() {
        ScenarioSpec spec = Districts.small(1);
        ScenarioRunner plain = new ScenarioRunner(ComponentRegistry.discover(), 2);
        ScenarioResult drawn = plain.run(spec, ProgressListener.NONE);
        ScenarioResult central = plain.run(spec.withUncertainty(Uncertainty.NONE), ProgressListener.NONE);
        for (int r = 0; r < spec.replicates(); r++) {
            for (Arm arm : Arm.values()) {
                assertEquals(drawn.replicates().get(r).arm(arm), central.replicates().get(r).arm(arm));
            }
        }
    }
}
