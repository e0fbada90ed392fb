package org.plsim.workflow.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A sweep folder merged and analysed: what it holds and what was written into it.
 *
 * @param runs      runs merged
 * @param points    design points
 * @param tornBytes bytes of a run interrupted mid-write that this session cut off and reran (0 for a merge)
 * @param written   files of the analysis renamed into the folder, sorted, and {@code manifest.json}
 * @param largest   the headline rows of the analysis; null when the outputs wrote no analysis
 */
public record MergedSweep(Path root, String sweepId, long runs, int points, long tornBytes, List<String> written,
                          LargestEffects largest) {
    public MergedSweep {
        written = List.copyOf(written);
    }
}
