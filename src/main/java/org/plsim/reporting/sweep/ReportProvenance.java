package org.plsim.reporting.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.plsim.Version;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.scenario.NumberText;

/**
 * Where a sweep's report came from, printed at its top: the only time-dependent text of the report (so the
 * same sweep and provenance give byte-identical pages).
 *
 * @param replicates how replicates were chosen, in words
 * @param gitCommit  the commit the sweep ran from, or null when unknown
 * @param createdAt  when the sweep was started, ISO-8601 UTC
 */
public record ReportProvenance(String sweepId, String title, String designType, String fingerprint, long sweepSeed,
                               String replicates, String plsimVersion, String modelVersion, String gitCommit,
                               String createdAt) {
    public static ReportProvenance of(SweepPlan plan, RunEnvironment env, Instant createdAt) {
        return new ReportProvenance(plan.sweepId(), plan.title(), plan.designType(), plan.fingerprint(),
                plan.sweepSeed(), describe(plan.replicates()), env.plsimVersion(), env.modelVersion(),
                env.gitCommit(), createdAt.toString());
    }

    /**
     * From a result folder's {@code manifest.json} (versions, git commit, creation time and fingerprint, when
     * it has them), the rest from the plan: for re-making a report of an existing sweep.
     */
    public static ReportProvenance fromManifest(Path manifest, SweepPlan plan) throws IOException {
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        return new ReportProvenance(plan.sweepId(), plan.title(), plan.designType(),
                text(m, "fingerprint", plan.fingerprint()), plan.sweepSeed(), describe(plan.replicates()),
                text(m, "plsim_version", Version.PLSIM), text(m, "model_version", Version.MODEL),
                text(m, "git_commit", null), text(m, "created_at", "unknown"));
    }

    private static String text(JsonNode m, String field, String otherwise) {
        JsonNode v = m.get(field);
        return v == null || v.isNull() ? otherwise : v.asText();
    }

    /** e.g. "10 per point", or the adaptive rule in words. */
    public static String describe(Replicates r) {
        if (!r.isAdaptive()) {
            return r.fixed() + " per point";
        }
        Replicates.Adaptive a = r.adaptive();
        return String.format(Locale.ROOT, "adaptive: from %d per point, %d more at a time, until the 95%% CI "
                        + "half-width of %s (%s, %s, year %d) is at most %s at every point, at most %d",
                r.fixed(), a.batch(), a.measure().label(), a.subject().label(), a.group().label(), a.year(),
                NumberText.plain(a.targetHalfWidth()),
                a.max());
    }
}
