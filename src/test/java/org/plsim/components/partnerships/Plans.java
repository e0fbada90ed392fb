package org.plsim.components.partnerships;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/** Settings and components for the worked examples: every program off unless a test switches it on. */
final class Plans {
    /** Full implementation from the first year: fidelity 1, no ramp. */
    static final Map<String, Object> FULL = Map.of("start", 1.0, "peak", 1.0, "ramp_years", 0);

    private Plans() {
    }

    /** Everything off, full fidelity; {@code kv} pairs switch programs on. */
    static Map<String, Object> only(Object... kv) {
        Map<String, Object> m = new HashMap<>(Map.of("tutoring_seats_per_100", 0, "mentors_per_100", 0,
                "after_school_seats_per_100", 0, "family_engagement", 0, "attendance_outreach", false,
                "teacher_network", false, "fidelity", FULL));
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], kv[k + 1]);
        }
        return m;
    }

    /** A small district (under the pilot size: no attenuation at scale). */
    static ScenarioSpec pilotDistrict() {
        return Districts.scenario(Districts.k12(1, 10), 2, 1, List.of());
    }

    /** Central evidence with round numbers where the worked examples need them. */
    static EvidenceValues evidence() {
        return TestEvidence.central(Map.of("partnerships.partner_effectiveness", 0.5,
                "partnerships.tutoring_effect_per_hour", 0.004, "partnerships.after_school_effect", 0.18,
                "partnerships.family_learning_effect", 0.3, "partnerships.outreach_absence_logodds", 0.2,
                "partnerships.family_absence_logodds", 0.06, "partnerships.network_climate_gain", 0.4,
                "partnerships.network_teacher_growth", 0.006, "partnerships.mentoring_engagement", 0.2,
                "partnerships.after_school_engagement", 0.12));
    }

    static PartnershipsComponent component(Map<String, Object> settings) {
        return (PartnershipsComponent) new PartnershipsFactory().create(new ComponentSpec("partnerships", settings),
                pilotDistrict(), evidence());
    }
}
