package org.plsim.study;

import java.util.List;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * Sets a scenario up as a study was done: the district becomes the study's schools (one group of alike
 * schools serving the sample's grades, the sample's students spread evenly) and the horizon the study's
 * years. Everything else — district make-up, baseline, components and their settings, evidence — stays the
 * scenario's: that is what the study file says about the program and the students.
 */
public final class StudySetup {
    private StudySetup() {
    }

    public static ScenarioSpec apply(ScenarioSpec spec, Study study) {
        DistrictSpec d = spec.district();
        DistrictSpec district = new DistrictSpec(d.name(), List.of(study.sample().schoolGroup()), d.lowIncomeShare(),
                d.englishLearnerShare(), d.disabilityShare(), d.classSize(), d.counselorRatio(), d.baselineMath(),
                d.baselineReading(), d.attendanceRate(), d.graduationRate(), d.collegeRate());
        return new ScenarioSpec(spec.id(), spec.title(), study.sample().years(), spec.weeksPerYear(), spec.replicates(),
                spec.seed(), district, spec.bau(), spec.components(), spec.uncertainty(), spec.evidence(),
                spec.budget());
    }
}
