package org.plsim.bench.conventional;

import ec.util.MersenneTwisterFast;
import org.plsim.model.agent.Calibration;
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
    Student(int grade, Calibration cal, MersenneTwisterFast random) {
        DistrictSpec d = cal.district();
        BusinessAsUsual b = cal.bau();
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
        double rho = Calibration.MATH_READING_CORRELATION;
        double c = Calibration.ENGAGEMENT_ACHIEVEMENT_CORRELATION;
        math = cal.normStart(0, grade) + d.baselineMath() + offset + cal.entryResidualSd() * e1;
        reading = cal.normStart(1, grade) + d.baselineReading() + offset
                + cal.entryResidualSd() * (rho * e1 + Math.sqrt(1 - rho * rho) * e2);
        engagement = c * e1 + Math.sqrt(1 - c * c) * e3;
        growthRate = b.growthRateSd() * random.nextGaussian();
        absencePropensity = b.absenceLogitSd() * random.nextGaussian();
    }

    /** Absence log-odds before the district intercept. */
    double absenceLogitOffset(Calibration cal) {
        return absencePropensity + (lowIncome ? cal.lowIncomeLogOdds() : 0.0)
                - cal.bau().engagementAbsence() * engagement;
    }

    /** Fall: this year's daily absence chance and expected weekly growth, given the assigned teacher. */
    void startYear(Calibration cal, MersenneTwisterFast random) {
        absenceProb = 1.0 / (1.0 + Math.exp(-(cal.absenceIntercept() + absenceLogitOffset(cal))));
        absenceThreshold = (int) Math.round(absenceProb * (1 << ABSENCE_BITS));
        weeklyGainMath = weeklyGain(cal, random, 0, math);
        weeklyGainReading = weeklyGain(cal, random, 1, reading);
        mathAtYearStart = math;
        readingAtYearStart = reading;
        daysAbsent = 0;
    }

    private double weeklyGain(Calibration cal, MersenneTwisterFast random, int subject, double score) {
        double z = score - cal.normStart(subject, grade);
        double va = cal.teacherEffect(subject, teacher.permanent[subject], teacher.experience);
        double yearly = cal.normAnnual(subject, grade) * (1.0 + growthRate)
                + cal.bau().annualShockSd() * random.nextGaussian() + va - cal.bau().meanReversion() * z;
        return yearly / cal.calendar().weeksPerYear() + cal.absenceCost(subject) * cal.expectedAbsentPerWeek();
    }

    /** One week: the shared shock, five days of attendance, growth net of days missed. */
    @Override
    public void step(SimState state) {
        Calibration cal = ((ConventionalModel) state).cal;
        double shock = cal.bau().weeklyShockSd() * state.random.nextGaussian();
        int absent = absences(state.random.nextLong(), absenceThreshold);
        math += weeklyGainMath + shock - cal.absenceCost(0) * absent;
        reading += weeklyGainReading + shock - cal.absenceCost(1) * absent;
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
