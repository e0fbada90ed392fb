package org.plsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.components.blended.BlendedPlan;
import org.plsim.components.common.Implementation;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ImplementingUnit;
import org.plsim.testing.TestEvidence;

/**
 * The same trial run as it was run (students randomized, half reached) and as a rollout to the whole sample:
 * scale attenuation counts only the students served, per unit that runs the program, so the trial keeps more of
 * the pilot effect. 2,400 students in 4 schools: above the 500-student pilot size either way.
 */
class TrialDesignAttenuationTest {
    private static final ScenarioReader READER = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1));
    private static final EvidenceValues CENTRAL = TestEvidence.central();
    private static final String TRIAL = """
            title: one trial, several designs
            replicates: 4
            uncertainty: none
            district: {implementing_unit: UNIT}
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 0}
                software: adaptive
                pd_hours_per_teacher: 100
                coaching: true
                fidelity: {start: 0.9, peak: 0.9, ramp_years: 0}
                rollout: {grades: 3-5}
            study:
              citation: "A trial (2020)."
              design: DESIGN
              sample: {students: 2400, schools: 4, grades: 3-5, years: 1}
              outcome: {measure: achievement, subject: math}
              published: {estimate: 0.1, low: 0.0, high: 0.2, interval: "95% CI"}
            """;

    private static StudyScenario study(String design, String unit) throws Exception {
        return READER.readStudyString(TRIAL.replace("DESIGN", design).replace("UNIT", unit), "trial.yaml");
    }

    private static double attenuation(StudyScenario s) {
        return BlendedPlan.read(s.spec().components().get(0), s.spec(), CENTRAL).implementation().scaleFactor();
    }

    @Test
    void rct_attenuatesOverTheTreatedHalf_rolloutOverTheWholeSample_andTheTrialKeepsMoreEffect() throws Exception {
        StudyScenario rct = study("rct", "district");
        StudyScenario rollout = study("rollout", "district");
        assertEquals(0.5, rct.study().treatedShare());
        assertEquals(0.5, rct.spec().district().treatedShare());
        assertEquals(1.0, rollout.spec().district().treatedShare());
        assertEquals(2400, rct.spec().district().students(), "each paired arm still has every student");
        assertEquals(Implementation.scaleFactor(1200, CENTRAL), attenuation(rct), 1e-12);
        assertEquals(Implementation.scaleFactor(2400, CENTRAL), attenuation(rollout), 1e-12);
        assertTrue(attenuation(rct) > attenuation(rollout) && attenuation(rollout) < 1,
                attenuation(rct) + " vs " + attenuation(rollout));

        Reproducer reproducer = new Reproducer(new ScenarioRunner(ComponentRegistry.discover(), 2), 4);
        double trialEffect = reproducer.run(rct, 4, ProgressListener.NONE).model().mean();
        double rolloutEffect = reproducer.run(rollout, 4, ProgressListener.NONE).model().mean();
        assertTrue(rolloutEffect > 0 && trialEffect > rolloutEffect, trialEffect + " vs " + rolloutEffect);
    }

    @Test
    void schoolsThatEachRunTheProgram_areAttenuatedOverOneSchoolsStudentsServed() throws Exception {
        StudyScenario rct = study("rct", "school");
        StudyScenario cluster = study("cluster_rct", "school");
        StudyScenario clusterByDistrict = study("cluster_rct", "district");
        assertEquals(ImplementingUnit.SCHOOL, rct.spec().district().implementingUnit());
        // Students assigned within schools: half of one school's 600 students; schools assigned: all 600.
        assertEquals(Implementation.scaleFactor(300, CENTRAL), attenuation(rct), 1e-12);
        assertEquals(1.0, attenuation(rct), "300 students are a pilot");
        assertEquals(Implementation.scaleFactor(600, CENTRAL), attenuation(cluster), 1e-12);
        // The district serving its treated schools: half the sample, as one rollout.
        assertEquals(Implementation.scaleFactor(1200, CENTRAL), attenuation(clusterByDistrict), 1e-12);
    }

    @Test
    void anOldLabel_readsAsItsDesign_withTheDefaultTreatedShare() throws Exception {
        assertEquals(Implementation.scaleFactor(1200, CENTRAL), attenuation(study("randomized", "district")), 1e-12);
        assertEquals(StudyDesign.DEFAULT_TREATED_SHARE, study("meta_analysis", "district").study().treatedShare());
    }
}
