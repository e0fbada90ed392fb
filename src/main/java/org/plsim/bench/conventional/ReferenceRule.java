package org.plsim.bench.conventional;

import org.plsim.model.agent.Calibration;
import org.plsim.model.time.SchoolCalendar;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;

/**
 * The business-as-usual rule's constants, derived from the scenario as the model's {@code Calibration}
 * derives them. {@code Calibration} keeps its values package-private to {@code model.agent}, so they are
 * re-derived here; the agreement test fails if the two ever drift apart.
 */
final class ReferenceRule {
    static final double MATH_READING_CORRELATION = 0.7;
    static final double ENGAGEMENT_ACHIEVEMENT_CORRELATION = 0.3;
    static final double TEACHER_VA_CORRELATION = 0.6;
    static final int NOVICE_YEARS = 5;
    static final int MAX_EXPERIENCE = 40;
    static final double NOVICE_HIRE_SHARE = 0.30;

    final BusinessAsUsual bau;
    final DistrictSpec district;
    final int weeksPerYear;
    final double[][] normAnnual = new double[2][Grades.COUNT];
    final double[][] normEnd = new double[2][Grades.COUNT];
    final double[] vaSd;
    final double[] noviceGap;
    final double[] experienceOffset = new double[2];
    final double[] experienceCdf = new double[MAX_EXPERIENCE + 1];
    final double absenceCostMath;
    final double absenceCostReading;
    final double weeklyShockSd;
    final double expectedAbsentPerWeek;
    final double lowIncomeLogOdds;
    final double entryResidualSd;
    /** Set once the first students are enrolled (see {@code ConventionalModel}), as the model does. */
    double absenceIntercept = Double.NaN;

    ReferenceRule(DistrictSpec district, BusinessAsUsual bau, int weeksPerYear) {
        this.bau = bau;
        this.district = district;
        this.weeksPerYear = weeksPerYear;
        for (int s = 0; s < 2; s++) {
            double cum = 0;
            for (int g = 0; g < Grades.COUNT; g++) {
                normAnnual[s][g] = bau.norms().annual(s, g);
                cum += normAnnual[s][g];
                normEnd[s][g] = cum;
            }
        }
        vaSd = new double[] {bau.teacherVaSdMath(), bau.teacherVaSdReading()};
        noviceGap = new double[] {bau.noviceGapMath(), bau.noviceGapReading()};
        absenceCostMath = bau.absenceCostMath();
        absenceCostReading = bau.absenceCostReading();
        weeklyShockSd = bau.weeklyShockSd();
        expectedAbsentPerWeek = SchoolCalendar.DAYS_PER_WEEK * (1 - Calibration.NATIONAL_ATTENDANCE);
        lowIncomeLogOdds = Math.log(bau.lowIncomeAbsenceRatio());
        double a = bau.teacherAttrition();
        double ah = a * NOVICE_HIRE_SHARE;
        double leave = Math.max(1e-6, ah / (1 - a + ah));
        double total = 0;
        double[] p = new double[MAX_EXPERIENCE + 1];
        for (int k = 0; k <= MAX_EXPERIENCE; k++) {
            p[k] = leave * Math.pow(1 - leave, k);
            total += p[k];
        }
        double cum = 0;
        for (int k = 0; k <= MAX_EXPERIENCE; k++) {
            cum += p[k] / total;
            experienceCdf[k] = cum;
            for (int s = 0; s < 2; s++) {
                experienceOffset[s] += p[k] / total * profile(s, k);
            }
        }
        experienceCdf[MAX_EXPERIENCE] = 1.0;
        double li = district.lowIncomeShare();
        double el = district.englishLearnerShare();
        double sw = district.disabilityShare();
        double between = sq(bau.lowIncomeGap()) * li * (1 - li) + sq(bau.englishLearnerGap()) * el * (1 - el)
                + sq(bau.disabilityGap()) * sw * (1 - sw);
        entryResidualSd = Math.sqrt(Math.max(0.25, 1 - between));
    }

    double profile(int subject, int experience) {
        return -noviceGap[subject] * Math.max(0, NOVICE_YEARS - experience) / (double) NOVICE_YEARS;
    }

    double teacherEffect(int subject, double permanent, int experience) {
        return permanent + profile(subject, experience) - experienceOffset[subject];
    }

    int drawExperience(double u) {
        for (int k = 0; k < MAX_EXPERIENCE; k++) {
            if (u < experienceCdf[k]) {
                return k;
            }
        }
        return MAX_EXPERIENCE;
    }

    double normStart(int subject, int grade) {
        return grade == 0 ? 0.0 : normEnd[subject][grade - 1];
    }

    private static double sq(double x) {
        return x * x;
    }
}
