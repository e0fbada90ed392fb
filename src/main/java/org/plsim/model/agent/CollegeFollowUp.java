package org.plsim.model.agent;

/**
 * What becomes of a district's graduates after they leave: the model does not simulate college, so a
 * graduate's college path is decided once, at graduation, from the same propensity and the same uniform
 * draw as enrolling the fall after (a graduate who enrolls by the fall has enrolled within a year, and so
 * on: the horizons nest). Each later horizon adds a fixed log-odds to the fall propensity, so a plan that
 * moves the fall propensity moves every horizon with it. The results are reported in the graduating
 * class's own school year, whatever the run's length: enrollment within 4 years of a year-4 graduate is
 * projected, not observed.
 *
 * <p>The shifts below are logit(national share within the horizon) − logit(national immediate share,
 * 0.66): NCES Condition of Education (immediate enrollment of completers, 2- and 4-year colleges), NCES
 * 2012-345 (78% of 2004 seniors had enrolled within 2 years of scheduled graduation), and for the first year
 * and the years 3–4 an ASSUMPTION resting on cohort studies in which about 84% of eventual enrollees start in
 * the first year after high school. Ranges in each field's comment; the manual
 * (outputs.md, non-test outcomes) gives the derivation.
 */
final class CollegeFollowUp {
    /**
     * Log-odds added to the fall propensity for enrolling within 1 year (0.66 → 0.70). ASSUMPTION (grade C),
     * range 0.10–0.35: late-entry (spring) enrollees are a few points of completers.
     */
    static final double WITHIN_1_YEAR = 0.18;
    /** Within 2 years (0.66 → 0.78, NCES 2012-345, grade A for the 78%); range 0.40–0.80 log-odds. */
    static final double WITHIN_2_YEARS = 0.60;
    /** Within 4 years (0.66 → 0.82). ASSUMPTION (grade C), range 0.60–1.10 log-odds. */
    static final double WITHIN_4_YEARS = 0.85;
    /**
     * Four-year-college log-odds per SD of achievement among fall enrollees. ASSUMPTION (grade M), range
     * 0.5–1.5: four-year colleges select on preparation.
     */
    static final double FOUR_YEAR_ACHIEVEMENT = 1.0;
    /**
     * Share of fall enrollees at four-year colleges that the intercept is solved for: 42 of 66 points
     * (NCES Fast Facts 51, completers of 2013; 45 of 62 in 2022), range 0.60–0.73.
     */
    static final double FOUR_YEAR_SHARE = 0.64;

    private CollegeFollowUp() {
    }

    /**
     * The follow-up bits of a graduate ({@link Students#COLLEGE} … {@link Students#FOUR_YEAR}).
     *
     * @param u          the graduate's uniform draw for college (the one that decides fall enrollment)
     * @param logOdds    the graduate's fall-enrollment log-odds (intercept included)
     * @param fourYear   the graduate's log-odds of a four-year college, if enrolling in the fall
     */
    static int bits(double u, double logOdds, double fourYear) {
        double pFall = BusinessAsUsualRule.logistic(logOdds);
        int bits = 0;
        if (u < pFall) {
            bits |= Students.COLLEGE;
            // u / pFall is uniform on [0, 1) among fall enrollees: the most likely enrollees go to four-year
            // colleges first, so students a plan brings in at the margin mostly start at two-year colleges.
            bits |= u / pFall < BusinessAsUsualRule.logistic(fourYear) ? Students.FOUR_YEAR : 0;
        }
        bits |= u < BusinessAsUsualRule.logistic(logOdds + WITHIN_1_YEAR) ? Students.COLLEGE_WITHIN_1 : 0;
        bits |= u < BusinessAsUsualRule.logistic(logOdds + WITHIN_2_YEARS) ? Students.COLLEGE_WITHIN_2 : 0;
        bits |= u < BusinessAsUsualRule.logistic(logOdds + WITHIN_4_YEARS) ? Students.COLLEGE_WITHIN_4 : 0;
        return bits;
    }
}
