package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.CostPreview;
import org.plsim.io.csv.CostPreviewCsv;
import org.plsim.io.files.AtomicFile;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.reporting.CostPreviewTable;
import org.plsim.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim cost SCENARIO}: what a plan costs and whom it reaches, from the cost model alone, in a second. */
@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Previews a scenario's costs without running the model: dollars and dollars per student per "
                + "year by component and school year (the figures plsim run writes to costs.csv, at the evidence "
                + "registry's central prices), the plan against its budget, and the students each component "
                + "reaches as written and within the budget.",
                "When the budget scales coverage down (budget.if_over: scale), it also lists the changes that would "
                        + "reach more students within it — dropping a component, its teacher training or some of "
                        + "its grades — with the dollars each frees, priced by the same cost model."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed (and written)", "1:the CSV could not be written (an earlier one is left as it was)",
                "2:bad input: every problem in the scenario is listed, or --csv cannot be a file; nothing is written"})
public final class CostCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. "
            + "scenarios/components/all_four.yaml.")
    Path scenario;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the costs to FILE as CSV, one row per "
            + "component and school year (columns: scenario_id, component, year, grant_year, dollars, "
            + "dollars_per_student, eligible_students, reached_students_as_written, reached_students, coverage), "
            + "replacing it whole.")
    Path csv;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (csv != null && (Files.isDirectory(csv) || !Files.isDirectory(csv.toAbsolutePath().getParent()))) {
            err.println("--csv: found " + csv + ", allowed: a file in an existing folder");
            return 2;
        }
        ComponentRegistry registry = ComponentRegistry.discover();
        EvidenceRegistry evidence = EvidenceRegistry.builtIn();
        // Nothing runs, so the heap is no limit; the components are built to check their settings.
        ScenarioReader reader = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1))
                .withCheck(s -> registry.createAll(s, evidence.central(s)));
        ScenarioSpec spec;
        try {
            spec = reader.read(scenario);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> err.println(p));
            return 2;
        }
        CostPreview preview = CostPreview.of(spec, registry, evidence);
        CostPreviewTable.lines(preview, scenario.toString()).forEach(out::println);
        out.flush();
        if (csv != null) {
            try {
                AtomicFile.write(csv, temp -> CostPreviewCsv.write(temp, preview));
            } catch (IOException e) {
                err.println("plsim cost: could not write " + csv + " (an earlier file is left as it was): " + e);
                return 1;
            }
            err.println("cost: wrote " + csv);
        }
        return 0;
    }
}
