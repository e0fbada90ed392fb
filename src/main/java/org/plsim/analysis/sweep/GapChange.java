package org.plsim.analysis.sweep;

import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;

/**
 * A plan's effect on one subgroup gap at one design point: per replicate, the effect on the upper group
 * minus the effect on the lower group (which equals the treatment arm's gap minus business as usual's),
 * summarized over replicates. Negative: the gap narrowed.
 *
 * @param bauGap       the gap under business as usual, upper − lower
 * @param treatmentGap the gap with the plan
 * @param change       treatmentGap − bauGap
 */
public record GapChange(int point, SubgroupGap gap, int year, int grade, Subject subject, Measure measure,
                        MeanEstimate bauGap, MeanEstimate treatmentGap, MeanEstimate change) {
}
