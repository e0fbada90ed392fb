package org.plsim.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.scenario.ScenarioSpec;

/**
 * A 2-replicate preview of a 3-replicate plan is the very run of that plan with 2 replicates: kept once, it
 * must be labelled by whoever asks (found by the browser tests: the 2-replicate page stayed "Preview" forever).
 */
class PreviewLabelTest {
    @TempDir
    Path dir;

    @Test
    void aKeptPreview_isTheFullResultOfThePlanWithThatManyReplicates_andViceVersa() throws Exception {
        try (Explorer explorer = TinyShipped.explorer(dir, new Explorer.Limits(2, 120_000, 200_000, 8, 2))) {
            ScenarioSpec three = spec(explorer, "3");
            ScenarioSpec two = spec(explorer, "2");
            Projection preview = explorer.pair(three, three, true).b();
            assertTrue(preview.preview());
            Projection full = explorer.projection(two);
            assertFalse(full.preview(), "the plan with 2 replicates, fully run");
            assertSame(preview.run(), full.run(), "one run, kept once");
            assertTrue(explorer.pair(three, three, true).b().preview());
        }
    }

    private static ScenarioSpec spec(Explorer explorer, String replicates) {
        return explorer.resolve(explorer.state(Map.of("base", List.of(TinyShipped.GRANTEE), "seed", List.of("5"),
                "replicates", List.of(replicates))));
    }
}
