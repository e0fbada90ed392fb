package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plsim.analysis.sweep.PeelingStep;
import org.plsim.analysis.sweep.PeelingTrajectory;
import org.plsim.analysis.sweep.Prim;
import org.plsim.analysis.sweep.ScenarioRule;
import org.plsim.reporting.sweep.ScenarioDiscoveryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim discover DIR --where RULE}: PRIM scenario discovery on a finished sweep's runs. */
@Command(name = "discover", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scenario discovery (PRIM, Friedman and Fisher 1999) on a finished sweep: which ranges of the "
                + "factors (plan settings and evidence.* parameters) hold the runs that pass a rule, e.g. a year-4 "
                + "math effect of at least 0.10 SD at no more than $500 per student per year. Each run (point x "
                + "replicate) is one case.",
                "Writes prim-trajectory.csv (coverage and density of each peeled box), prim-box.csv (the chosen "
                        + "box's limits per factor) and prim-tradeoff.png/.svg into DIR."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:could not read or write the folder", "2:bad rule or option, or DIR is not a "
                + "finished sweep holding what the rule reads; nothing is written"})
public final class DiscoverCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A finished (merged) sweep's result folder.")
    Path folder;

    @Option(names = "--where", required = true, paramLabel = "RULE",
            description = "Which runs pass: " + ScenarioRule.ALLOWED + " (SD units).")
    String where;

    @Option(names = "--cost-max", paramLabel = "DOLLARS",
            description = "Also require a cost of at most DOLLARS per student per year (mean over the rule's years).")
    Double costMax;

    @Option(names = "--alpha", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Share of the box's runs each peel removes, 0 < alpha < 1 (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--min-support", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Smallest share of all runs a box may hold, 0 <= share < 1 (default: ${DEFAULT-VALUE}).")
    double minSupport;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        ScenarioDiscoveryFiles.Written written;
        try {
            Prim.check(alpha, minSupport);
            ScenarioRule rule = ScenarioRule.parse(where, costMax == null ? Double.NaN : costMax);
            written = ScenarioDiscoveryFiles.write(folder, rule, alpha, minSupport);
        } catch (IllegalArgumentException e) {
            err.println("plsim discover: " + named(e.getMessage()));
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("plsim discover: could not read or write " + folder + " (earlier files are untouched): " + e);
            err.flush();
            return 1;
        }
        print(written, command.commandLine().getOut());
        return 0;
    }

    /** The message with the option it is about in front: --alpha, --min-support, --cost-max or --where. */
    private String named(String message) {
        for (String[] o : new String[][] {{"alpha: ", "--alpha: "}, {"minimum support: ", "--min-support: "},
                {"cost ceiling: ", "--cost-max: "}}) {
            if (message.startsWith(o[0])) {
                return o[1] + message.substring(o[0].length());
            }
        }
        if (message.startsWith("factors: ")) {
            return folder + ": " + message;
        }
        return message.startsWith(folder.toString()) ? message : "--where: " + message;
    }

    private void print(ScenarioDiscoveryFiles.Written w, PrintWriter out) {
        PeelingTrajectory t = w.found().trajectory();
        PeelingStep box = t.chosenBox();
        out.println(String.format(Locale.ROOT, "%s: %,d of %,d runs pass; chosen box (step %d of %d): %,d runs, "
                        + "coverage %.2f, density %.2f (shares 0-1)", w.found().rule().describe(), w.found().successes(),
                w.found().runs(), box.step(), t.steps().size() - 1, box.cases(), box.coverage(), box.density()));
        for (int f = 0; f < t.factors().size(); f++) {
            if (t.restricts(f)) {
                out.println(String.format(Locale.ROOT, "  %-40s %s … %s (full range %s … %s)", t.factors().get(f),
                        num(box.lower()[f]), num(box.upper()[f]), num(t.minimum()[f]), num(t.maximum()[f])));
            }
        }
        out.println("Wrote " + String.join(", ", w.files()) + " in " + folder);
        out.flush();
    }

    private static String num(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
