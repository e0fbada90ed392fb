package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plsim.analysis.sweep.Evppi;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.sweepfolder.SweepMerge;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.sweep.VoiReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim voi DIR}: what better evidence would be worth to the choice a finished sweep compares. */
@Command(name = "voi", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Value of information of a finished sweep run with uncertainty: evidence: the expected value "
                + "of perfect information (EVPI) of choosing between business as usual and the design points, and "
                + "each evidence parameter's partial value (EVPPI, regression estimator), in SD of the outcome or, "
                + "with --wtp, in net monetary benefit per student. Writes evppi.csv, evppi.png/svg and voi.html "
                + "into the folder (see value-of-information in the manual)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:failed to write",
                "2:not a merged sweep folder, not its sweep file, an outcome it did not keep, or evidence not drawn"})
public final class VoiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A merged sweep folder (holding runs.csv).")
    Path folder;

    @Option(names = "--sweep", paramLabel = "FILE", description = "The sweep file (default: the one the folder "
            + "was run from).")
    Path sweepFile;

    @Option(names = "--wtp", paramLabel = "DOLLARS", description = "Willingness to pay, dollars per student per "
            + "0.1 SD: value in net monetary benefit instead of SD (needs cost_per_student in the outputs).")
    Double wtp;

    @Option(names = "--subject", paramLabel = "SUBJECT", description = "math, reading or all (default: the "
            + "sweep's first headline subject).")
    String subject;

    @Option(names = "--year", paramLabel = "N", description = "School year of the outcome (default: the last kept).")
    Integer year;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter out = command.commandLine().getOut();
        if (!Files.isRegularFile(folder.resolve("runs.csv"))) {
            err.println("plsim voi: " + folder + " holds no runs.csv; allowed: a merged sweep folder (plsim sweep, "
                    + "or plsim merge after shards)");
            return 2;
        }
        Subject s;
        try {
            s = subject == null ? null : Subject.fromLabel(subject);
        } catch (IllegalArgumentException e) {
            err.println("plsim voi: --subject: found " + subject + ", allowed: math, reading, all");
            return 2;
        }
        if (wtp != null && !(wtp > 0 && Double.isFinite(wtp))) {
            err.println("plsim voi: --wtp: found " + wtp + ", allowed: dollars per student per 0.1 SD > 0");
            return 2;
        }
        SweepPlan plan = plan(err);
        if (plan == null) {
            return 2;
        }
        try {
            VoiReport.Written w = VoiReport.write(folder, plan, EvidenceRegistry.builtIn(),
                    new VoiReport.Question(s, year, wtp == null ? Double.NaN : wtp));
            say(out, w);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("plsim voi: " + e.getMessage());
            return 2;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("plsim voi: could not write into " + folder + ": " + e.getMessage());
            return 1;
        }
    }

    private void say(PrintWriter out, VoiReport.Written w) {
        String unit = w.decision().unit();
        out.printf(Locale.ROOT, "Best on current evidence: %s. EVPI: %.4f %s over %d evidence draws.%n",
                w.decision().options().get(w.decision().bestOption()), w.evpi(), unit, w.decision().draws());
        for (Evppi e : w.parameters().subList(0, Math.min(5, w.parameters().size()))) {
            out.printf(Locale.ROOT, "  EVPPI %-50s %.4f %s%n", e.parameter(), e.evppi(), unit);
        }
        out.println("Wrote " + String.join(", ", w.files()) + " in " + folder);
    }

    private SweepPlan plan(PrintWriter err) {
        Path file = sweepFile;
        if (file == null) {
            try {
                String named = SweepMerge.status(folder).sweepFile();
                file = named == null ? null : Path.of(named);
            } catch (IOException | SweepRefusal e) {
                file = null;
            }
        }
        if (file == null) {
            err.println("plsim voi: which sweep file made " + folder + "? allowed: --sweep FILE");
            return null;
        }
        try {
            return SweepSource.files().load(file);
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
        } catch (RuntimeException e) {
            err.println("plsim voi: " + file + ": " + e.getMessage());
        }
        return null;
    }
}
