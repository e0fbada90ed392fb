package org.plsim.components.common;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.scenario.NumberText.compact;

import java.util.Arrays;

/**
 * How faithfully a component is implemented, 0–1, year by year of implementation. Read from a component's
 * {@code fidelity:} block in one of two forms:
 * <ul>
 * <li>a ramp: rising from {@code start} in the first year to {@code peak} after {@code rampYears} (Borman et
 *     al. 2003: reform effects grow with years of implementation);</li>
 * <li>a path, {@code by_year}: the share delivered in each year of implementation, first year first, the last
 *     value holding afterwards. A path may fall — a second-year dip once the launch support is gone, a new
 *     principal who lets the plan lapse — which a ramp cannot express.</li>
 * </ul>
 *
 * @param byYear the path (empty: the ramp applies)
 */
public record Fidelity(double start, double peak, int rampYears, double[] byYear) {
    /** Most years a path lists (the longest scenario runs 12 school years). */
    static final int MOST_YEARS = 12;

    public Fidelity {
        byYear = byYear.clone();
    }

    /** A ramp from {@code start} to {@code peak} over {@code rampYears}. */
    public Fidelity(double start, double peak, int rampYears) {
        this(start, peak, rampYears, new double[0]);
    }

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
        double[] path = f.numbers("by_year", 0, 1, MOST_YEARS, new About(Unit.SHARE_BY_YEAR,
                "share of the plan delivered in each year of implementation, first year first, the last value "
                        + "holding afterwards; may fall (a second-year dip, a leadership change). Replaces start, "
                        + "peak and ramp_years",
                assumption("none: the ramp applies unless a plan's own path is known")));
        if (path.length > 0) {
            for (String key : new String[] {"start", "peak", "ramp_years"}) {
                if (f.given(key)) {
                    f.problem(key, "given with fidelity.by_year", "either by_year (a path year by year) or "
                            + "start, peak and ramp_years (a ramp), not both");
                }
            }
        } else if (f.given("start") && f.given("peak") && start > peak) {
            f.problem("start", compact(start) + ", above fidelity.peak " + compact(peak), "at most peak: a ramp "
                    + "rises from start to peak (swap them, or leave peak out to hold start); for fidelity that "
                    + "falls give the years in fidelity.by_year, e.g. [0.8, 0.6, 0.7]");
        }
        return new Fidelity(start, Math.max(start, peak), ramp, path);
    }

    /** Fidelity in the {@code k}-th year of implementation (k = 0 the first). */
    public double inYear(int k) {
        if (k < 0) {
            return 0;
        }
        if (byYear.length > 0) {
            return byYear[Math.min(k, byYear.length - 1)];
        }
        return rampYears == 0 ? peak : start + (peak - start) * Math.min(1.0, k / (double) rampYears);
    }

    @Override
    public double[] byYear() {
        return byYear.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fidelity f && f.start == start && f.peak == peak && f.rampYears == rampYears
                && Arrays.equals(f.byYear, byYear);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(byYear) + Double.hashCode(start) + 7 * Double.hashCode(peak) + rampYears;
    }

    @Override
    public String toString() {
        return byYear.length > 0 ? "Fidelity" + Arrays.toString(byYear)
                : "Fidelity[" + start + " → " + peak + " over " + rampYears + " years]";
    }
}
