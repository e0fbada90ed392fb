package org.plsim.experiment.sweep;

import java.util.List;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;

/**
 * Which outcomes a sweep keeps in {@code runs.csv} (each run emits thousands; a sweep keeps what its
 * question needs).
 *
 * @param measures  measures kept (default: every measure but enrolment)
 * @param subgroups subgroups kept (default: all of them)
 * @param byGrade   true to keep each grade's rows as well as all grades' (default false: all grades only)
 */
public record Outputs(List<Measure> measures, List<Subgroup> subgroups, boolean byGrade) {
    public Outputs {
        measures = List.copyOf(measures);
        subgroups = List.copyOf(subgroups);
    }

    public boolean keeps(Outcome o) {
        return measures.contains(o.measure()) && subgroups.contains(o.group())
                && (byGrade || o.grade() == Outcome.ALL_GRADES);
    }
}
