package org.plsim.study;

import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * Sets a scenario up as a study was run: the district becomes the study's schools (its sample's school groups,
 * each group's students spread evenly), the horizon the study's years, and the share of each implementing
 * unit's students the program reached follows from the design and treated share
 * ({@link StudyDesign#reachedShare}), so that scale attenuation counts only the students a trial served, per
 * unit that ran it ({@code district.implementing_unit}). Everything else — district make-up, baseline,
 * components and their settings, evidence — stays the scenario's: that is what the study file says about the
 * program and the students.
 */
public final class StudySetup {
    private StudySetup() {
    }

    public static ScenarioSpec apply(ScenarioSpec spec, Study study) {
        DistrictSpec d = spec.district();
        DistrictSpec district = d.withSchools(study.sample().schoolGroups()).withImplementers(d.implementingUnit(),
                study.design().reachedShare(study.treatedShare(), d.implementingUnit()));
        return new ScenarioSpec(spec.id(), spec.title(), study.sample().years(), spec.weeksPerYear(), spec.replicates(),
                spec.seed(), district, spec.bau(), spec.components(), spec.uncertainty(), spec.evidence(),
                spec.budget());
    }
}
