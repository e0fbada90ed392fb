package org.plsim.model.component;

/**
 * One ingredient of a component's cost in one school year (ingredients method: Levin &amp; Belfield 2015).
 *
 * @param component  the component's scenario name
 * @param ingredient what is bought: devices, licenses, pd_coaching, counselors, coordinator, partner_seats,
 *                   assessment_system …
 * @param year       school year, 1-based
 * @param dollars    district-wide dollars spent on the ingredient that year
 * @param basis      how it was computed, for people (e.g. "1,200 devices × $300 / 4 years + 10% loss")
 */
public record CostLine(String component, String ingredient, int year, double dollars, String basis) {
    public CostLine {
        if (!(dollars >= 0) || year < 1) {
            throw new IllegalArgumentException("a cost line needs year ≥ 1 and dollars ≥ 0: " + year + ", " + dollars);
        }
    }
}
