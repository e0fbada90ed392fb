package org.plsim.reporting.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.csv.ReproductionsCsv;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.manifest.StudyManifest;
import org.plsim.reporting.ChartLook;
import org.plsim.study.Reproduction;

/**
 * Writes a reproduction folder: {@code reproductions.csv}, {@code reproductions.png}/{@code .svg},
 * {@code report.html} and, last, {@code manifest.json} with every other file's SHA-256.
 */
public final class ReproductionOutputs {
    public static final String REPORT = "report.html";

    private ReproductionOutputs() {
    }

    /** Everything a reproduction folder records about how it was made. */
    public record Made(List<StudyManifest.Input> inputs, RunEnvironment environment, List<String> commandLine,
                       Instant createdAt, int threads, int maxReplicates) {
    }

    /** Copies the folder's report and CSV to {@code parent} (e.g. {@code results/studies/}) as the latest ones. */
    public static void publishLatest(Path folder, Path parent) throws IOException {
        ResultFolder.publish(folder.resolve(ReproductionsCsv.FILE), parent.resolve(ReproductionsCsv.FILE));
        ResultFolder.publish(folder.resolve(REPORT), parent.resolve(REPORT));
    }

    public static void write(Path folder, List<Reproduction> rows, Made made) throws IOException {
        Path csv = folder.resolve(ReproductionsCsv.FILE);
        ReproductionsCsv.write(csv, rows);
        XYChart chart = ReproductionChart.of(rows);
        Path png = folder.resolve(ReproductionChart.NAME + ".png");
        Path svg = folder.resolve(ReproductionChart.NAME + ".svg");
        ChartLook.write(chart, png, svg);
        Path html = folder.resolve(REPORT);
        Files.writeString(html, ReproductionReport.html(rows, chart, made.environment(), made.createdAt().toString(),
                made.commandLine()));
        List<Manifest.OutputFile> files = new ArrayList<>();
        for (Path p : List.of(csv, png, svg, html)) {
            files.add(Manifest.OutputFile.of(p));
        }
        StudyManifest.write(folder.resolve(Manifest.FILE), rows, made.inputs(), made.environment(), made.commandLine(),
                made.createdAt(), made.threads(), made.maxReplicates(), files);
    }

    /** One study as a line of the console or a log: model vs published, verdict and gap. */
    public static String line(Reproduction r) {
        var p = r.study().published();
        return String.format(Locale.ROOT, "%-44s model %+.3f [%+.3f, %+.3f] (%d reps)  published %+.3f [%+.3f, %+.3f]"
                        + "  %s%s", r.id(), r.model().mean(), r.model().ciLow(), r.model().ciHigh(), r.replicates(),
                p.estimate(), p.low(), p.high(), r.verdict().label(),
                r.gap() == 0 ? "" : String.format(Locale.ROOT, " (gap %+.3f)", r.gap()));
    }
}
