package org.plsim.bench.conventional;

import ec.util.MersenneTwisterFast;
import org.plsim.model.agent.BusinessAsUsualRule;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.DistrictSpec;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * One student as a MASON agent: an object with its own fields, on the schedule every week, drawing from
 * {@code state.random}. Its week is the array model's business-as-usual week draw for draw: one Gaussian
 * for the shock shared by both subjects, one 64-bit integer cut into five 12-bit days of absence (so the
 * two versions differ in how students are held and scheduled, not in how many numbers they draw).
 */
final class Student implements Steppable {
    private static final long serialVersionUID = 1L;
    static final int ABSENCE_BITS = 12;
    private static final long ABSENCE_MASK = (1L << ABSENCE_BITS) - 1;

    int grade;
    final boolean lowIncome;
    final boolean englishLearner;
    final boolean disability;
    final double growthRate;
    final double engagement;
    final double absencePropensity;
    double math;
    double reading;
    double mathAtYearStart;
    double readingAtYearStart;
    double weeklyGainMath;
    double weeklyGainReading;
    double absenceProb;
    int absenceThreshold;
    int daysAbsent;
    Teacher teacher;
    /** The student's place on the schedule, stopped when the student leaves the district. */
    Stoppable enrolment;

    /** A new student entering {@code grade}: the model's {@code School.enrollNew}, drawn from MASON's generator. */
    Student(int grade, BusinessAsUsualRule rule, MersenneTwisterFast random) {
        DistrictSpec d = rule.district();
        BusinessAsUsual b = rule.bau();
        this.grade = grade;
        lowIncome = random.nextDouble() < d.lowIncomeShare();
        englishLearner = random.nextDouble() < d.englishLearnerShare();
        disability = random.nextDouble() < d.disabilityShare();
        double offset = -b.lowIncomeGap() * ((lowIncome ? 1 : 0) - d.lowIncomeShare())
                - b.englishLearnerGap() * ((englishLearner ? 1 : 0) - d.englishLearnerShare())
                - b.disabilityGap() * ((disability ? 1 : 0) - d.disabilityShare());
        double e1 = random.nextGaussian();
        double e2 = random.nextGaussian();
        double e3 = random.nextGaussian();
        double rho = BusinessAsUsualRule.MATH_READING_CORRELATION;
        double c = BusinessAsUsualRule.ENGAGEMENT_ACHIEVEMENT_CORRELATION;
        math = rule.normStart(0, grade) + d.baselineMath() + offset + rule.entryResidualSd() * e1;
        reading = rule.normStart(1, grade) + d.baselineReading() + offset
                + rule.entryResidualSd() * (rho * e1 + Math.sqrt(1 - rho * rho) * e2);
        engagement = c * e1 + Math.sqrt(1 - c * c) * e3;
        growthRate = b.growthRateSd() * random.nextGaussian();
        absencePropensity = b.absenceLogitSd() * random.nextGaussian();
    }

    /** Absence log-odds before the district intercept. */
    double absenceLogitOffset(BusinessAsUsualRule rule) {
        return absencePropensity + (lowIncome ? rule.lowIncomeLogOdds() : 0.0)
                - rule.bau().engagementAbsence() * engagement;
    }

    /** Fall: this year's daily absence chance and expected weekly growth, given the assigned teacher. */
    void startYear(BusinessAsUsualRule rule, MersenneTwisterFast random) {
        absenceProb = 1.0 / (1.0 + Math.exp(-(rule.absenceIntercept() + absenceLogitOffset(rule))));
        absenceThreshold = (int) Math.round(absenceProb * (1 << ABSENCE_BITS));
        weeklyGainMath = weeklyGain(rule, random, 0, math);
        weeklyGainReading = weeklyGain(rule, random, 1, reading);
        mathAtYearStart = math;
        readingAtYearStart = reading;
        daysAbsent = 0;
    }

    private double weeklyGain(BusinessAsUsualRule rule, MersenneTwisterFast random, int subject, double score) {
        double z = score - rule.normStart(subject, grade);
        double va = rule.teacherEffect(subject, teacher.permanent[subject], teacher.experience);
        double yearly = rule.normAnnual(subject, grade) * (1.0 + growthRate)
                + rule.bau().annualShockSd() * random.nextGaussian() + va - rule.bau().meanReversion() * z;
        return yearly / rule.calendar().weeksPerYear() + rule.absenceCost(subject) * rule.expectedAbsentPerWeek();
    }

    /** One week: the shared shock, five days of attendance, growth net of days missed. */
    @Override
    public void step(SimState state) {
        BusinessAsUsualRule rule = ((ConventionalModel) state).rule;
        double shock = rule.bau().weeklyShockSd() * state.random.nextGaussian();
        int absent = absences(state.random.nextLong(), absenceThreshold);
        math += weeklyGainMath + shock - rule.absenceCost(0) * absent;
        reading += weeklyGainReading + shock - rule.absenceCost(1) * absent;
        daysAbsent += absent;
    }

    /** Days absent of five: each day's 12 bits, as a uniform integer in [0, 4096), below the threshold. */
    static int absences(long bits, int threshold) {
        int absent = 0;
        for (int day = 0; day < 5; day++) {
            if (((bits >>> (ABSENCE_BITS * day)) & ABSENCE_MASK) < threshold) {
                absent++;
            }
        }
        return absent;
    }
}
