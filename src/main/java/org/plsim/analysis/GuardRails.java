package org.plsim.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * Evidence guard-rails: a plan projecting more than about 0.35 SD a year on standardized tests is beyond
 * the evidence (EVIDENCE.md §0: the median effect of 747 RCTs is 0.10, Kraft 2020), and so is a run whose
 * evidence values lie outside the registry's range, or a plan whose knobs go beyond what was studied.
 */
public final class GuardRails {
    /** Largest standardized-test effect a year the evidence supports, SD units. */
    public static final double MAX_STANDARDIZED_PER_YEAR = 0.35;

    private GuardRails() {
    }

    /**
     * The flags for a run's summaries: for each year and tested subject (all grades), the mean paired effect
     * on standardized achievement gained that year (effect at year y − effect at year y−1) above
     * {@link #MAX_STANDARDIZED_PER_YEAR} — for all students, or else for the subgroup furthest above it;
     * then the given out-of-range and beyond-evidence notes.
     *
     * @param outOfRange     one line per evidence value used outside its registry range
     * @param beyondEvidence one line per plan setting beyond the range studied
     */
    public static List<GuardRail> check(List<EffectSummary> summaries, List<String> outOfRange,
                                        List<String> beyondEvidence) {
        List<GuardRail> flags = new ArrayList<>();
        Map<String, Double> effect = new HashMap<>();
        for (EffectSummary s : summaries) {
            if (s.key().measure() == Measure.ACHIEVEMENT && s.key().grade() == Outcome.ALL_GRADES
                    && s.key().subject() != Subject.ALL) {
                effect.put(key(s.key().year(), s.key().subject(), s.key().group()), s.effect().mean());
            }
        }
        // One flag per year and subject: for all students if they are above the ceiling, else for the
        // subgroup furthest above it.
        Map<String, GuardRail> worst = new LinkedHashMap<>();
        Map<String, Double> worstGain = new HashMap<>();
        Set<String> flaggedForAll = new HashSet<>(); // slots whose flag is all students'
        for (EffectSummary s : summaries) {
            EffectKey k = s.key();
            if (k.measure() != Measure.ACHIEVEMENT || k.grade() != Outcome.ALL_GRADES || k.subject() == Subject.ALL
                    || k.year() < 1) {
                continue;
            }
            double before = effect.getOrDefault(key(k.year() - 1, k.subject(), k.group()), 0.0);
            double gained = s.effect().mean() - before;
            String slot = k.year() + "/" + k.subject();
            boolean all = k.group() == Subgroup.ALL;
            if (gained > MAX_STANDARDIZED_PER_YEAR && !flaggedForAll.contains(slot)
                    && (all || gained > worstGain.getOrDefault(slot, Double.NEGATIVE_INFINITY))) {
                worstGain.put(slot, gained);
                if (all) {
                    flaggedForAll.add(slot);
                }
                worst.put(slot, new GuardRail(GuardRail.ABOVE_PER_YEAR, String.format(Locale.ROOT,
                        "%s, %s, year %d: +%.3f SD on standardized tests in one year, above the %.2f SD a year "
                                + "the evidence supports (Kraft 2020: median RCT effect 0.10)",
                        k.subject().label(), label(k.group()), k.year(), gained, MAX_STANDARDIZED_PER_YEAR)));
            }
        }
        flags.addAll(worst.values());
        outOfRange.forEach(m -> flags.add(new GuardRail(GuardRail.OUT_OF_RANGE, m)));
        beyondEvidence.forEach(m -> flags.add(new GuardRail(GuardRail.BEYOND_EVIDENCE, m)));
        return flags;
    }

    private static String key(int year, Subject s, Subgroup g) {
        return year + "/" + s + "/" + g;
    }

    private static String label(Subgroup g) {
        return g == Subgroup.ALL ? "all students" : g.label() + " students";
    }
}
