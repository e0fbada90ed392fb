package org.plsim.components.common;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.scenario.NumberText.compact;

/**
 * How faithfully a component is implemented, 0–1, rising from {@code start} in the first year of
 * implementation to {@code peak} after {@code rampYears} (Borman et al. 2003: reform effects grow with years
 * of implementation). Read from a component's {@code fidelity:} block.
 */
public record Fidelity(double start, double peak, int rampYears) {
    /** Reads {@code fidelity:} (defaults: 0.6 rising to 0.85 over 2 years). */
    public static Fidelity read(Settings s) {
        Settings f = s.block("fidelity");
        double start = f.number("start", 0.6, 0, 1, new About(Unit.SHARE,
                "share of the plan delivered in the first year of implementation",
                assumption("a first year typically delivers only part of a plan; that effects grow with years "
                        + "of implementation is Borman et al. 2003, the value 0.6 is the authors' choice")));
        double peak = f.number("peak", 0.85, 0, 1, new About(Unit.SHARE,
                "share delivered once established, at least start (left out: taken as at least start)",
                assumption("established implementations rarely deliver a plan in full; no study gives the value")));
        int ramp = f.whole("ramp_years", 2, 0, 10, new About(Unit.SCHOOL_YEARS,
                "years from start to peak, rising linearly; 0: peak from the first year",
                assumption("two years for teachers and schedules to settle; no study gives the value")));
        if (f.given("start") && f.given("peak") && start > peak) {
            f.problem("start", compact(start) + ", above fidelity.peak " + compact(peak), "at most peak: fidelity "
                    + "rises from start to peak and cannot fall (swap them, or leave peak out to hold start)");
        }
        return new Fidelity(start, Math.max(start, peak), ramp);
    }

    /** Fidelity in the {@code k}-th year of implementation (k = 0 the first). */
    public double inYear(int k) {
        if (k < 0) {
            return 0;
        }
        return rampYears == 0 ? peak : start + (peak - start) * Math.min(1.0, k / (double) rampYears);
    }
}
