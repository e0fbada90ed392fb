package org.plsim.components.blended;

import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;

/**
 * A week of software use in one school for one school year, given each user's share of the planned minutes
 * and level-match weights: learning and aligned mastery through the levers, and the diagnostic signal.
 * Minutes that replace regular lessons take the lessons' own learning away ({@link
 * AdaptiveSoftware#weeklyRegularLearning}); a first-year teacher's students get less from each minute when the
 * plan counts teachers' experience (their {@code skill}). Students with a share of 0 are not touched at all.
 * Touches only its school, so it is safe from {@code onWeek} on any thread.
 *
 * <p><b>Why it remembers.</b> A student's week depends only on the share of minutes used, which changes only
 * when the student's absence chance does (another component's lever). The exponentials of the dose response
 * and of the diagnostic signal are kept per student with the share they were worked out for, and worked out
 * again only when the share changes: the same numbers, computed once instead of every week.
 */
final class AdaptiveWeek {
    private final double[] planned = new double[Subject.TESTED.length];
    private final double[] replaced = new double[Subject.TESTED.length];
    /** Per subject: effect × per-minute quality, the first factors of {@link AdaptiveSoftware#weeklyLearning}. */
    private final double[] strength = new double[Subject.TESTED.length];
    private final double[][] weight;
    /** Per student: share of each minute's effect the teacher's experience passes on (null: all of it). */
    private final double[] skill;
    private final AdaptiveSoftware software;
    private final int weeksPerYear;
    /** Whether the plan has minutes in math, in reading: the subjects a week touches. */
    private final boolean math;
    private final boolean reading;
    /**
     * Per student, {@value #STRIDE} doubles from {@code STRIDE · i}: the share the rest was worked out for (NaN:
     * none yet); the week's learning in math and reading, net of the lessons' learning given up
     * ({@code addLearning}); the aligned mastery that comes with the software's learning ({@code addMastery});
     * and {@code e^(−minutes/diagnosticMinutes)} (NaN: no minutes, signal untouched). One run of a cache line
     * per student, so a week reads one place, not six arrays.
     */
    private final double[] cache;
    static final int STRIDE = 6;
    private static final int SEEN = 0;
    private static final int LEARNING = 1;
    private static final int MASTERY = 3;
    private static final int DECAY = 5;

    /**
     * @param weight  per subject (0 = math, 1 = reading), per student: normalized match weights
     *                ({@link #matchWeights})
     * @param skill   per student, share of each minute's effect the teacher's experience passes on (null: all)
     * @param quality per-minute strength after scale attenuation
     */
    AdaptiveWeek(BlendedPlan plan, AdaptiveSoftware software, double[][] weight, double[] skill, double quality,
                 int weeksPerYear) {
        for (int k = 0; k < planned.length; k++) {
            planned[k] = plan.doneMinutes(Subject.TESTED[k]);
            replaced[k] = plan.replacedMinutes(Subject.TESTED[k]);
            strength[k] = software.effect(Subject.TESTED[k]) * quality;
        }
        this.weight = weight;
        this.skill = skill;
        this.software = software;
        this.weeksPerYear = weeksPerYear;
        this.math = planned[0] > 0;
        this.reading = planned[1] > 0;
        cache = new double[STRIDE * weight[0].length];
        for (int at = 0; at < cache.length; at += STRIDE) {
            cache[at + SEEN] = Double.NaN;
        }
    }

    /**
     * One week for every student with a share above 0.
     *
     * @param use per student, the share of the planned minutes used this week (0: not a user)
     */
    static void apply(SchoolView school, double[] use, double[][] weight, BlendedPlan plan,
                      AdaptiveSoftware software, double quality, int weeksPerYear) {
        AdaptiveWeek week = new AdaptiveWeek(plan, software, weight, null, quality, weeksPerYear);
        for (int i = 0; i < use.length; i++) {
            if (use[i] > 0) {
                week.apply(school, i, use[i]);
            }
        }
    }

    /** One week for student {@code i} using {@code use} (above 0) of the planned minutes. */
    void apply(SchoolView school, int i, double use) {
        final double[] c = cache;
        final int at = STRIDE * i;
        if (use != c[at + SEEN]) {
            workOut(i, at, use);
        }
        if (math) {
            school.addLearning(Subject.MATH, i, c[at + LEARNING]);
            school.addMastery(Subject.MATH, i, c[at + MASTERY]);
        }
        if (reading) {
            school.addLearning(Subject.READING, i, c[at + LEARNING + 1]);
            school.addMastery(Subject.READING, i, c[at + MASTERY + 1]);
        }
        double d = c[at + DECAY];
        if (d == d) {
            school.setDiagnosticData(i, 1.0 - (1.0 - school.diagnosticData(i)) * d);
        }
    }

    /**
     * The week's learning and diagnostic decay at share {@code use}, in the order and form of
     * {@link AdaptiveSoftware#weeklyLearning} and {@link AdaptiveSoftware#diagnosticAfter}: subjects with the
     * same planned minutes share one dose response. The software's learning {@code l} gives the aligned
     * mastery ({@code alignedExtra · l}); what replaced lessons would have taught is taken from the learning
     * only ({@code l − lost}), so aligned mastery comes with the software's learning alone.
     */
    private void workOut(int i, int at, double use) {
        final double[] c = cache;
        double total = 0;
        double lastMinutes = Double.NaN;
        double dose = 0;
        for (int k = 0; k < planned.length; k++) {
            if (planned[k] <= 0) {
                continue;
            }
            double minutes = planned[k] * use;
            if (minutes != lastMinutes) {
                dose = software.doseResponse(minutes);
                lastMinutes = minutes;
            }
            double w = skill == null ? weight[k][i] : weight[k][i] * skill[i];
            double l = strength[k] * dose * w / weeksPerYear;
            c[at + LEARNING + k] = replaced[k] > 0
                    ? l - software.weeklyRegularLearning(Subject.TESTED[k], replaced[k] * use, weeksPerYear) : l;
            c[at + MASTERY + k] = software.alignedExtra() * l;
            total += minutes;
        }
        c[at + DECAY] = total > 0 ? software.diagnosticDecay(total) : Double.NaN;
        c[at + SEEN] = use;
    }

    /**
     * Normalized level-match weights of the users ({@code use > 0}): the level taught is the mean achievement of the whole
     * class (users or not); each user's raw weight grows with the distance from it, and is divided by the
     * mean raw weight of the class's users, so a class's users average 1. Non-users get 0.
     */
    static double[] matchWeights(SchoolView school, Subject subject, double[] use, AdaptiveSoftware software) {
        int n = use.length;
        int teachers = school.teacherCount();
        double[] level = new double[teachers];
        int[] size = new int[teachers];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            int t = school.teacherOf(i);
            z[i] = school.achievement(subject, i);
            level[t] += z[i];
            size[t]++;
        }
        double[] rawSum = new double[teachers];
        int[] users = new int[teachers];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            if (use[i] > 0) {
                int t = school.teacherOf(i);
                weight[i] = software.matchWeight(z[i] - level[t] / size[t]);
                rawSum[t] += weight[i];
                users[t]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (use[i] > 0) {
                int t = school.teacherOf(i);
                weight[i] /= rawSum[t] / users[t];
            }
        }
        return weight;
    }
}
