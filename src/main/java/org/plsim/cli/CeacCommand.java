package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plsim.analysis.sweep.AcceptabilityRow;
import org.plsim.analysis.sweep.ScenarioRule;
import org.plsim.reporting.sweep.AcceptabilityFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim ceac DIR --outcome OUTCOME}: cost-effectiveness acceptability of a finished sweep's plans. */
@Command(name = "ceac", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cost-effectiveness acceptability of a finished sweep's plans over evidence draws (its "
                + "replicates): for each willingness to pay in $ per student per year for each 0.1 SD, the share of "
                + "draws in which each plan's cost per 0.1 SD is within it, and the frontier: the option (a plan or "
                + "business as usual) with the highest expected net benefit (Fenwick et al. 2001).",
                "Writes ceac.csv and ceac.png/.svg into DIR."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:could not read or write the folder", "2:bad outcome or option, or DIR is not a "
                + "finished sweep that kept the outcome and costs; nothing is written"})
public final class CeacCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A finished (merged) sweep's result folder.")
    Path folder;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
            description = "The effect the plans buy: " + ScenarioRule.OUTCOME_ALLOWED + ".")
    String outcome;

    @Option(names = "--wtp-max", paramLabel = "DOLLARS", description = "Largest willingness to pay on the curve, $ "
            + "per student per year for each 0.1 SD (default: twice the largest median cost per 0.1 SD, rounded up).")
    Double wtpMax;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        AcceptabilityFiles.Written written;
        try {
            if (wtpMax != null && !(wtpMax > 0 && Double.isFinite(wtpMax))) {
                throw new IllegalArgumentException("--wtp-max: found " + wtpMax + ", allowed: > 0 dollars per "
                        + "student per year for each 0.1 SD");
            }
            ScenarioRule.Outcome o = named(() -> ScenarioRule.outcome(outcome));
            written = named(() -> AcceptabilityFiles.write(folder, o, wtpMax == null ? Double.NaN : wtpMax));
        } catch (IllegalArgumentException e) {
            err.println("plsim ceac: " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("plsim ceac: could not read or write " + folder + " (earlier files are untouched): " + e);
            err.flush();
            return 1;
        }
        PrintWriter out = command.commandLine().getOut();
        AcceptabilityRow last = null;
        for (AcceptabilityRow r : written.rows()) {
            if (r.onFrontier()) {
                if (last == null || last.point() != r.point()) {
                    out.println(String.format(Locale.ROOT, "from $%,.0f per student per year per 0.1 SD: %s is the "
                                    + "best bet (best in %.0f%% of %d draws)", r.wtp(),
                            r.point() < 0 ? "business as usual" : written.labels().get(r.point()), 100 * r.probabilityBest(),
                            r.draws()));
                }
                last = r;
            }
        }
        out.println("Wrote " + String.join(", ", written.files()) + " in " + folder);
        out.flush();
        return 0;
    }

    /** Runs {@code step}, putting the option in front of a message that is not about the folder. */
    private <T> T named(Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m.startsWith(folder.toString()) || m.startsWith("--") ? m
                    : m.startsWith("costs: ") ? folder + ": " + m : "--outcome: " + m, e);
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }
}
