package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;

/**
 * The share proficient of a district at its fall baseline follows the normal curve: a district at mean m SD
 * (within-grade SD about 1) has about 100·(1 − Φ(z − m)) percent at or above a cut at z = Φ⁻¹(percentile).
 * 2,600 students: the sampling error of a share near 50% is about 1 point; tolerance 4 points.
 */
class ShareProficientTest {
    private static double baselineMath(double districtMean, double cutPercentile) {
        BusinessAsUsual d = BusinessAsUsual.defaults();
        BusinessAsUsual bau = new BusinessAsUsual(d.norms(), d.teacherVaSdMath(), d.teacherVaSdReading(),
                d.noviceGapMath(), d.noviceGapReading(), d.teacherAttrition(), d.growthRateSd(), d.annualShockSd(),
                d.weeklyShockSd(), d.meanReversion(), d.absenceCostMath(), d.absenceCostReading(),
                d.absenceLogitSd(), d.lowIncomeAbsenceRatio(), d.engagementAbsence(), d.lowIncomeGap(),
                d.englishLearnerGap(), d.disabilityGap(), d.studentGrantMinutes(), d.teacherGrantHours(),
                cutPercentile);
        ScenarioSpec spec = new ScenarioSpec("proficient", "share proficient", 1, 36, 1, 11L,
                new DistrictSpec("Cut City", List.of(new SchoolGroup("k12", 1, 0, 12, 200)),
                        0.5, 0.1, 0.13, 24, 400, districtMean, districtMean, 0.94), bau, List.of());
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), List.of(), out::add, 1).run();
        return out.stream().filter(o -> o.year() == 0 && o.grade() == Outcome.ALL_GRADES
                && o.group() == Subgroup.ALL && o.subject() == Subject.MATH && o.measure() == Measure.PROFICIENT)
                .findFirst().orElseThrow().value();
    }

    @Test
    void atTheMedianCut_aboutHalfAreProficient_andAHigherCutOrAWeakerDistrictLowersTheShare() {
        assertEquals(50.0, baselineMath(0.0, 50), 4.0);
        assertEquals(20.0, baselineMath(0.0, 80), 4.0);          // 1 − 0.80
        assertEquals(30.9, baselineMath(-0.5, 50), 4.0);         // 100·Φ(−0.5)
    }
}
