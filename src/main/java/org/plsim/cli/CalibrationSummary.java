package org.plsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.plsim.calibration.Calibration;
import org.plsim.calibration.CalibrationProgress;
import org.plsim.calibration.CalibrationResult;
import org.plsim.calibration.Evaluation;
import org.plsim.calibration.FittedParameter;
import org.plsim.calibration.StudyFit;
import org.plsim.study.Published;
import org.plsim.scenario.NumberText;

/** What {@code plsim calibrate} prints: the set-up, a line per candidate evaluated, and the before/after tables. */
final class CalibrationSummary implements CalibrationProgress {
    private final PrintWriter out;

    CalibrationSummary(PrintWriter out) {
        this.out = out;
    }

    void header(Calibration c) {
        out.printf(Locale.ROOT, "Calibration %s: %d parameter(s), %d target(s), %d held out; %d replicates per study, "
                        + "seed %d, at most %d evaluations%n", c.name(), c.parameters().size(), c.targets().size(),
                c.holdout().size(), c.replicates(), c.seed(), c.maxEvaluations());
        out.flush();
    }

    @Override
    public void evaluated(Evaluation e, Evaluation best) {
        out.printf(Locale.ROOT, "evaluation %3d  objective %10.4f  (best %.4f)  %s%n", e.number(), e.objective(),
                best.objective(), values(e.values()));
        out.flush();
    }

    @Override
    public void heldOut(int done, int total, String studyId) {
        out.printf(Locale.ROOT, "held-out study %d/%d reproduced: %s%n", done, total, studyId);
        out.flush();
    }

    /** A value as typed in a file: 0.2, 5.960351, 6 — no padding zeros. */
    static String plain(double v) {
        return NumberText.plain(v);
    }

    void table(CalibrationResult r) {
        out.printf(Locale.ROOT, "%n%s after %d evaluations (%s).%n", r.converged() ? "Converged" : "Stopped at the "
                + "evaluation limit", r.evaluations(), r.optimiser().method());
        out.printf(Locale.ROOT, "%n%-48s %12s %12s   %s%n", "parameter", "start", "fitted", "bounds");
        for (FittedParameter p : r.calibration().parameters()) {
            out.printf(Locale.ROOT, "%-48s %12s %12s   [%s, %s]%n", p.id(), plain(p.start()),
                    plain(r.fitted().get(p.id())), plain(p.low()), plain(p.high()));
        }
        out.printf(Locale.ROOT, "%nObjective (sum over targets of ((model - published) / half-interval)^2): "
                + "%.4f -> %.4f%n", r.before().objective(), r.after().objective());
        out.printf(Locale.ROOT, "%n%-40s %-8s %-26s %8s %8s  %s%n", "study", "sample", "published [interval]",
                "before", "after", "verdict before -> after");
        for (StudyFit f : r.studies()) {
            Published p = f.study().study().published();
            out.printf(Locale.ROOT, "%-40s %-8s %+.3f [%+.3f, %+.3f]   %+8.3f %+8.3f  %s -> %s%n", f.id(),
                    f.inSample() ? "target" : "holdout", p.estimate(), p.low(), p.high(), f.before().model().mean(),
                    f.after().model().mean(), f.before().verdict().label(), f.after().verdict().label());
        }
        out.flush();
    }

    /** {@code blended_learning.math_effect} as {@code math_effect}: progress lines stay on one screen line. */
    static String shortId(String id) {
        return id.substring(id.indexOf('.') + 1);
    }

    static String values(java.util.Map<String, Double> values) {
        return values.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s=%.6g", shortId(e.getKey()),
                        e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
