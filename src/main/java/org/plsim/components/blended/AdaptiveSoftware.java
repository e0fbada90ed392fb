package org.plsim.components.blended;

import org.plsim.model.component.EvidenceValues;
import org.plsim.model.observe.Subject;

/**
 * What a minute on the software does to a student: the learning rule, from the evidence registry. Pure
 * arithmetic, no state.
 *
 * <p><b>Dose response.</b> A school year at {@code referenceMinutes} a week of use yields the subject's
 * evidence effect (Cheung &amp; Slavin 2013: supplemental adaptive CAI +0.18 SD in math; 2012: +0.11 in
 * reading); other dosages scale by a saturating curve {@code (1 − e^(−m/s)) / (1 − e^(−ref/s))}: about
 * proportional at low dosage (Cheung &amp; Slavin 2013, RRQ: programmes used more than 75 minutes a week
 * +0.19, less +0.08) with diminishing returns beyond (minutes on the screen displace other instruction).
 *
 * <p><b>Level match.</b> The class lesson is pitched at the class's level; adaptive software works at each
 * student's own. So its value to a student grows with the distance between the student and the class mean,
 * {@code 1 + slope · min(|z − class mean|, cap)}, normalized within each class so that the class-average
 * gain stays the evidence effect (de Barros &amp; Ganimian 2023: personalization added nothing for the average
 * student, +0.22 SD for low performers). Computer-managed software has no match of its own (slope 0).
 *
 * <p><b>Aligned tests.</b> Each SD of transferable learning comes with {@code alignedExtra} SD of
 * curriculum-specific mastery that aligned tests see and standardized tests do not (Kulik &amp; Fletcher 2016;
 * Xu et al. 2019: intelligent tutoring 0.86 on mixed measures vs 0.26 on standardized ones).
 *
 * <p><b>Diagnostic data.</b> The software's picture of a student sharpens with use:
 * {@code level ← 1 − (1 − level) · e^(−minutes/diagnosticMinutes)}.
 *
 * <p><b>Replaced instruction.</b> The evidence effects describe software added to regular instruction. A
 * minute on the software that takes the place of a minute of the regular lesson also gives up what that
 * minute would have taught: {@code regularRatio × effect / referenceMinutes} SD a school year per weekly
 * minute, linear (a lesson does not saturate within its period), the same whatever the kind of software.
 * The ratio is the regular minute's learning relative to a software minute's at the reference dosage,
 * derived from comprehensive (whole-course) programs gaining less than supplemental ones (Cheung &amp;
 * Slavin 2013: +0.07 vs +0.18 in math; 2012: +0.04 vs +0.11 in reading).
 *
 * <p><b>Teachers' experience.</b> When a plan counts it, a teacher's students get
 * {@code firstYearEffectiveness} of the per-minute effect in the teacher's first year teaching with the
 * software and all of it afterwards (Pane et al. 2014: no effect in a school's first year of Cognitive Tutor
 * Algebra I, about +8 percentile points in the second).
 */
public final class AdaptiveSoftware {
    private final double mathEffect;
    private final double readingEffect;
    private final double softwareFactor;
    private final double saturationMinutes;
    private final double matchSlope;
    private final double matchCapSd;
    private final double alignedExtra;
    private final double diagnosticMinutes;
    private final double referenceMinutes;
    private final double regularRatio;
    private final double firstYearEffectiveness;
    /** {@code 1 − e^(−ref/s)}, the dose-response denominator, computed once (this runs per student-week). */
    private final double referenceResponse;

    /**
     * @param softwareFactor effect per minute relative to adaptive software (1 for adaptive)
     * @param matchSlope     rise of the match weight per SD of distance (0: no match)
     * @param regularRatio   a regular-lesson minute's learning relative to a software minute's at the reference
     *                       dosage
     * @param firstYearEffectiveness share of the per-minute effect in a teacher's first year with the software
     */
    public AdaptiveSoftware(double mathEffect, double readingEffect, double softwareFactor, double referenceMinutes,
                            double saturationMinutes, double matchSlope, double matchCapSd, double alignedExtra,
                            double diagnosticMinutes, double regularRatio, double firstYearEffectiveness) {
        this.mathEffect = mathEffect;
        this.readingEffect = readingEffect;
        this.softwareFactor = softwareFactor;
        this.saturationMinutes = saturationMinutes;
        this.matchSlope = matchSlope;
        this.matchCapSd = matchCapSd;
        this.alignedExtra = alignedExtra;
        this.diagnosticMinutes = diagnosticMinutes;
        this.referenceMinutes = referenceMinutes;
        this.regularRatio = regularRatio;
        this.firstYearEffectiveness = firstYearEffectiveness;
        this.referenceResponse = 1.0 - Math.exp(-referenceMinutes / saturationMinutes);
    }

    static final String P = "blended_learning.";

    /** The rule for {@code kind} of software, from this replicate's evidence values. */
    public static AdaptiveSoftware read(EvidenceValues ev, Software kind) {
        boolean adaptive = kind == Software.ADAPTIVE;
        return new AdaptiveSoftware(ev.get(P + "math_effect"), ev.get(P + "reading_effect"),
                adaptive ? 1.0 : ev.get(P + "computer_managed_ratio"),
                ev.get(P + "reference_minutes"), ev.get(P + "saturation_minutes"),
                adaptive ? ev.get(P + "match_slope") : 0.0, ev.get(P + "match_cap_sd"),
                ev.get(P + "aligned_extra"), ev.get(P + "diagnostic_minutes"),
                ev.get(P + "replaced_instruction_ratio"), ev.get(P + "first_year_effectiveness"));
    }

    /** Effect of a school year at the reference dosage, SD units, for this kind of software. */
    public double effect(Subject subject) {
        return (subject == Subject.MATH ? mathEffect : readingEffect) * softwareFactor;
    }

    /** Effect at {@code minutes} a week of use relative to the reference dosage (0 at 0 minutes). */
    public double doseResponse(double minutes) {
        if (!(minutes > 0)) {
            return 0.0;
        }
        return (1.0 - Math.exp(-minutes / saturationMinutes)) / referenceResponse;
    }

    /** Un-normalized weight of a student {@code distance} SD from the level taught. */
    public double matchWeight(double distance) {
        return 1.0 + matchSlope * Math.min(Math.abs(distance), matchCapSd);
    }

    /**
     * Transferable learning from one week at {@code minutes} of use, SD units.
     *
     * @param quality per-minute strength left after scale attenuation (1 in a pilot)
     * @param weight  the student's normalized match weight (1 on average in a class)
     */
    public double weeklyLearning(Subject subject, double minutes, int weeksPerYear, double quality,
                                 double weight) {
        return effect(subject) * quality * doseResponse(minutes) * weight / weeksPerYear;
    }

    /**
     * Regular-lesson learning given up in a week when {@code replacedMinutes} of it are spent on the software
     * instead, SD units (0 at 0 minutes).
     */
    public double weeklyRegularLearning(Subject subject, double replacedMinutes, int weeksPerYear) {
        double effect = subject == Subject.MATH ? mathEffect : readingEffect;
        return regularRatio * effect * replacedMinutes / referenceMinutes / weeksPerYear;
    }

    /** Share of the per-minute effect a teacher's students get in the teacher's first year with the software. */
    public double firstYearEffectiveness() {
        return firstYearEffectiveness;
    }

    /** Curriculum-specific mastery gained with each SD of transferable learning. */
    public double alignedExtra() {
        return alignedExtra;
    }

    /** The diagnostic signal after a week with {@code minutes} of use in all subjects. */
    public double diagnosticAfter(double level, double minutes) {
        return 1.0 - (1.0 - level) * diagnosticDecay(minutes);
    }

    /** The share of the diagnostic signal's gap to 1 left after a week with {@code minutes} of use. */
    double diagnosticDecay(double minutes) {
        return Math.exp(-minutes / diagnosticMinutes);
    }
}
