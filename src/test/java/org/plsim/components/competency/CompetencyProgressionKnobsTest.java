package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * The knobs matter the way the mechanism says: a stricter threshold and no pace support leave more students
 * behind the class's pace; less reliable checks pass more students without mastery and transfer less to
 * standardized tests; adaptive-software data (the shared diagnostic signal) cuts false mastery.
 */
class CompetencyProgressionKnobsTest {
    static final Map<String, Object> FULL = CompetencyProgressionEvidenceBandTest.FULL;

    static Map<String, Object> with(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(FULL);
        m.put(key, value);
        return m;
    }

    /** The pace report of one school year on a 1,040-student district (the component built directly). */
    static PaceReport pace(Map<String, Object> settings, GrantComponent... others) {
        ScenarioSpec spec = CompetencyProgressionEvidenceBandTest.oneYear(2, 40, 1, settings);
        CompetencyProgression c = (CompetencyProgression) new CompetencyProgressionFactory()
                .create(spec.components().get(0), spec, TestEvidence.central());
        List<GrantComponent> all = new ArrayList<>(List.of(others));
        all.add(c);
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), all, o -> { }, 1).run();
        return c.reports().get(0);
    }

    @Test
    void stricterThreshold_leavesMoreStudentsBehindPace() {
        PaceReport usual = pace(with("mastery_threshold", 0.8));
        PaceReport strict = pace(with("mastery_threshold", 0.9));
        assertTrue(strict.meanWeeksBehind() > 1.3 * usual.meanWeeksBehind(),
                strict.meanWeeksBehind() + " vs " + usual.meanWeeksBehind() + " weeks");
        assertTrue(strict.behindShare() > usual.behindShare());
        assertTrue(strict.correctiveRounds() > usual.correctiveRounds());
    }

    @Test
    void noPaceSupport_leavesMoreBehind_andLosesAlignedMastery() {
        PaceReport none = pace(with("pace_support", 0.0));
        PaceReport half = pace(with("pace_support", 0.5));
        PaceReport all = pace(with("pace_support", 1.0));
        assertTrue(none.meanWeeksBehind() > 1.5 * half.meanWeeksBehind());
        assertTrue(all.behind() == 0, "correctives wholly outside class cost no class time");
        double alignedNone = meanAligned(with("pace_support", 0.0), 6);
        double alignedHalf = meanAligned(with("pace_support", 0.5), 6);
        assertTrue(alignedNone < alignedHalf - 0.1, alignedNone + " vs " + alignedHalf);
    }

    @Test
    void lessReliableChecks_passMoreWithoutMastery_andTransferLess() {
        PaceReport weak = pace(with("assessment_reliability", 0.5));
        PaceReport strong = pace(with("assessment_reliability", 0.95));
        assertTrue(weak.falsePassShare() > 1.5 * strong.falsePassShare(),
                weak.falsePassShare() + " vs " + strong.falsePassShare());
        double[] d = pairedDifference(with("assessment_reliability", 0.5), with("assessment_reliability", 0.95),
                Measure.ACHIEVEMENT, 20);
        CompetencyProgressionEvidenceBandTest.Estimate e = CompetencyProgressionEvidenceBandTest.Estimate.of(d);
        assertTrue(e.high() < 0, "standardized effect, reliability 0.5 − 0.95: " + e);
    }

    @Test
    void adaptiveSoftwareData_cutsFalseMastery() {
        PaceReport without = pace(FULL);
        PaceReport withData = pace(FULL, new FullDiagnosticData());
        assertTrue(withData.falsePassShare() < 0.8 * without.falsePassShare(),
                withData.falsePassShare() + " vs " + without.falsePassShare());
    }

    private static double meanAligned(Map<String, Object> settings, int replicates) {
        ScenarioSpec spec = CompetencyProgressionEvidenceBandTest.oneYear(1, 38, replicates, settings);
        return PairedHarness.run(spec, TestEvidence.central()).meanEffect(1, Measure.ALIGNED_MASTERY, Subject.MATH,
                Subgroup.ALL);
    }

    /** Per replicate, effect under {@code a} minus effect under {@code b} (same seeds: common random numbers). */
    private static double[] pairedDifference(Map<String, Object> a, Map<String, Object> b, Measure m, int n) {
        PairedHarness.Result ra = PairedHarness.run(CompetencyProgressionEvidenceBandTest.oneYear(1, 38, n, a),
                TestEvidence.central());
        PairedHarness.Result rb = PairedHarness.run(CompetencyProgressionEvidenceBandTest.oneYear(1, 38, n, b),
                TestEvidence.central());
        double[] ea = ra.effects(1, m, Subject.MATH, Subgroup.ALL);
        double[] eb = rb.effects(1, m, Subject.MATH, Subgroup.ALL);
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = ea[k] - eb[k];
        }
        return d;
    }

    /** A stand-in for blended learning's signal: adaptive software with full data on every student, every week. */
    static final class FullDiagnosticData implements GrantComponent {
        @Override
        public String name() {
            return "adaptive_data_stub";   // sorts before competency_progression: it writes first each week
        }

        @Override
        public void onWeek(ComponentContext ctx, SchoolView school) {
            for (int i = 0; i < school.size(); i++) {
                school.setDiagnosticData(i, 1.0);
            }
        }
    }
}
