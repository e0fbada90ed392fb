package org.plsim.components.partnerships;

import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.plsim.components.common.Reach;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.SchoolView;

/**
 * Dual-enrollment / early-college seats ({@code dual_enrollment_seats_per_100}): college courses for credit
 * with a partner college for reached high-school students. As early colleges admit by lottery and keep their
 * students through grade 12, each high-school student gets a lottery number in (0, 1] the first fall the
 * component sees them (its own {@code dual_enrollment} stream and student column, so the seat follows the
 * student); a reached student holds a seat while the number is at most seats / 100.
 *
 * <p>Each fall, a seat holder earns the year's credits and gains graduation and college-enrollment log-odds,
 * all × the year's implementation intensity ({@link Effects}; the model's year-end milestones read them).
 * With no seats nothing is registered or drawn, so plans without the lever are untouched.
 */
final class DualEnrollment {
    /** First grade that can hold a seat. */
    static final int FIRST_GRADE = 9;

    private final int column;
    private final double share;
    private final Effects fx;

    /**
     * What a seat-year does (registry ids {@code partnerships.dual_*}).
     *
     * @param creditsPerYear       semester credit hours earned per seat-year
     * @param completionLogOdds    graduation log-odds gained per seat-year
     * @param collegeLogOdds       college-enrollment log-odds gained per seat-year
     */
    record Effects(double creditsPerYear, double completionLogOdds, double collegeLogOdds) {
        static Effects read(EvidenceValues ev) {
            return new Effects(ev.get("partnerships.dual_credits_per_seat_year"),
                    ev.get("partnerships.dual_completion_log_odds"), ev.get("partnerships.dual_college_log_odds"));
        }
    }

    private DualEnrollment(int column, double share, Effects fx) {
        this.column = column;
        this.share = share;
        this.fx = fx;
    }

    /** The seats of {@code plan}, or null when it buys none; call from {@code onRunStart}. */
    static DualEnrollment register(ComponentContext ctx, PartnershipPlan plan, Effects fx) {
        double seats = plan.dualEnrollmentSeatsPer100();
        return seats <= 0 ? null : new DualEnrollment(ctx.studentColumn("dual_enrollment"), seats / 100.0, fx);
    }

    /**
     * Fall: draws lottery numbers for new high-school students of {@code school}, then gives each reached seat
     * holder ({@code reach}, served grades) this year's credits and log-odds × {@code intensity}.
     */
    void startYear(ComponentContext ctx, SchoolView school, Reach reach, IntPredicate served,
                   double intensity) {
        SplittableRandom rng = ctx.stream("dual_enrollment", school);
        for (int i = 0; i < school.size(); i++) {
            if (school.grade(i) < FIRST_GRADE) {
                continue;
            }
            if (school.column(column, i) == 0f) {
                school.setColumn(column, i, (float) (1.0 - rng.nextDouble()));
            }
            if (intensity > 0 && school.column(column, i) <= share && served.test(i) && reach.reached(school, i)) {
                school.addCollegeCredits(i, fx.creditsPerYear() * intensity);
                school.addCompletionOdds(i, fx.completionLogOdds() * intensity);
                school.addCollegeOdds(i, fx.collegeLogOdds() * intensity);
            }
        }
    }

    /** Seats bought for {@code reachedHighSchool} reached students in grades 9–12 (what the costs count). */
    static double seats(double reachedHighSchool, PartnershipPlan plan) {
        return reachedHighSchool * plan.dualEnrollmentSeatsPer100() / 100.0;
    }
}
