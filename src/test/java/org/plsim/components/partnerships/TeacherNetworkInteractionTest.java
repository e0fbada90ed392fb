package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * The collaboration signal end to end on the real model: teacher networks raise each served school's
 * collaboration climate, and another component's {@link TeacherAdoption} (a probe named so that its hooks
 * run before partnerships', as the real components' do) adopts faster from the network's second year.
 */
class TeacherNetworkInteractionTest {
    private static final ScenarioSpec DISTRICT = Districts.scenario(Districts.k12(4, 120), 3, 1, List.of());
    private static final EvidenceValues EVIDENCE = TestEvidence.central();

    /** Records each fall's adoption share (mean over schools) and each year end's collaboration. */
    static final class AdoptionProbe implements GrantComponent {
        final List<Double> adoption = new ArrayList<>();
        final List<Double> collaboration = new ArrayList<>();
        private TeacherAdoption teachers;

        @Override
        public String name() {
            return "adoption_probe";
        }

        @Override
        public void onRunStart(ComponentContext ctx) {
            teachers = new TeacherAdoption(ctx.schools().size(), 0.1, EVIDENCE.get("implementation.peer_adoption"),
                    EVIDENCE.get("implementation.proficiency_gain"), EVIDENCE.get("implementation.collaboration_boost"));
        }

        @Override
        public void onYearStart(ComponentContext ctx) {
            double sum = 0;
            for (SchoolView s : ctx.schools()) {
                teachers.startYear(ctx, s);
                sum += teachers.adoptionShare(s);
            }
            adoption.add(sum / ctx.schools().size());
        }

        @Override
        public void onYearEnd(ComponentContext ctx) {
            collaboration.add(ctx.schools().stream().mapToDouble(SchoolView::collaboration).average().orElse(0));
        }
    }

    private static AdoptionProbe run(boolean network) {
        Map<String, Object> plan = Plans.only("teacher_network", network);
        GrantComponent partnerships = new PartnershipsFactory().create(new ComponentSpec("partnerships", plan),
                DISTRICT, EVIDENCE);
        AdoptionProbe probe = new AdoptionProbe();
        new DistrictModel(DISTRICT, RandomStreams.runSeed(DISTRICT.seed(), 0), List.of(partnerships, probe), o -> { },
                1).run();
        return probe;
    }

    @Test
    void teacherNetwork_raisesCollaboration_andSpeedsAnotherComponentsAdoptionFromItsSecondYear() {
        AdoptionProbe without = run(false);
        AdoptionProbe with = run(true);
        System.out.println("collaboration " + with.collaboration + "; adoption with " + with.adoption + " without "
                + without.adoption);
        assertEquals(List.of(0.0, 0.0, 0.0), without.collaboration);
        // 6,240 students: intensity = the scale factor (fidelity 1).
        double target = org.plsim.components.common.Implementation.scaleFactor(6240, EVIDENCE);
        double gain = EVIDENCE.get("partnerships.network_climate_gain");
        assertEquals(gain * target, with.collaboration.get(0), 1e-12, "year 1: 0 + gain × (target − 0)");
        assertTrue(with.collaboration.get(2) > with.collaboration.get(1) && with.collaboration.get(1) > gain * target);
        // Year 1: the probe's fall ran before partnerships' first climate: identical adoption.
        assertEquals(without.adoption.get(0), with.adoption.get(0), 1e-12);
        // From year 2 the probe reads last year's climate: more peer adoption (same draws, higher chances).
        assertTrue(with.adoption.get(2) > without.adoption.get(2),
                "year 3 adoption " + with.adoption.get(2) + " vs " + without.adoption.get(2));
    }
}
