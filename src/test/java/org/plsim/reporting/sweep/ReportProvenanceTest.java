package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.Version;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.TestSweepPlan;

class ReportProvenanceTest {
    @TempDir
    Path tmp;

    @Test
    void replicates_areDescribedInWords() {
        assertEquals("10 per point", ReportProvenance.describe(new Replicates(10, null)));
        assertEquals("adaptive: from 5 per point, 5 more at a time, until the 95% CI half-width of achievement "
                + "(math, all, year 3) is at most 0.02 at every point, at most 40",
                ReportProvenance.describe(new Replicates(5, new Replicates.Adaptive(Measure.ACHIEVEMENT, Subject.MATH,
                        Subgroup.ALL, 3, 0.02, 40, 5))));
    }

    @Test
    void fromManifest_takesVersionsCommitAndTime_andThePlanTheRest() throws IOException {
        Path m = tmp.resolve("manifest.json");
        Files.writeString(m, "{\"created_at\": \"2026-01-02T03:04:05Z\", \"plsim_version\": \"0.1.0\", "
                + "\"git_commit\": null, \"fingerprint\": \"ff00\"}");
        TestSweepPlan plan = TestSweepPlan.componentMix("m", List.of("a"), 2);

        ReportProvenance p = ReportProvenance.fromManifest(m, plan);

        assertEquals("2026-01-02T03:04:05Z", p.createdAt());
        assertEquals("ff00", p.fingerprint());
        assertEquals(null, p.gitCommit());
        assertEquals(Version.MODEL, p.modelVersion());
        assertEquals("2 per point", p.replicates());
        assertEquals(42, p.sweepSeed());
    }
}
