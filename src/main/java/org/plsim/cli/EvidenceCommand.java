package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.EvidenceSource;
import org.plsim.io.csv.EvidenceCsv;
import org.plsim.io.files.AtomicFile;
import org.plsim.reporting.EvidenceTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plsim evidence}: the evidence registry, every parameter with its range, grade and sources. */
@Command(name = "evidence", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the evidence registry: each evidence-based parameter of the model with its central "
                + "value, its range [low, high] and the distribution runs draw it from, its unit, its reliability "
                + "grade and the sources it rests on.",
                "Values are in the parameter's own unit (the unit column): SD = student-level standard deviations "
                        + "(an effect of 0.10 SD moves a median student about 4 percentile points); shares are "
                        + "fractions from 0 to 1; students and dollars are counts.",
                "Grades: A primary or official text, B reputable secondary, C weak secondary, M widely quoted but "
                        + "not re-read, assumption chosen by the PLSim authors (the note says why). Distributions: "
                        + "triangular, normal (range = 95%%), uniform, fixed (never drawn). With plsim run "
                        + "--uncertainty evidence (the default) each replicate draws every parameter that is not "
                        + "fixed; a scenario's evidence: block overrides one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed (and written)", "1:the CSV could not be written",
                "2:bad input: an unknown --component or a --csv path that cannot be a file"})
public final class EvidenceCommand implements Callable<Integer> {
    @Option(names = "--component", paramLabel = "NAME",
            description = "Only the parameters of NAME: implementation, business_as_usual, blended_learning, "
                    + "learning_plans, competency_progression, partnerships or costs.")
    String component;

    @Option(names = "--sources", description = "Also print the full citation and grade of every source cited "
            + "(every source in the registry when no --component is given).")
    boolean sources;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the parameters shown to FILE as CSV "
            + "(columns: " + "id, component, central, low, high, distribution, unit, grade, sources, description, "
            + "note), replacing it whole or not at all.")
    Path csv;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (component != null && !EvidenceParameter.COMPONENTS.contains(component)) {
            err.println("--component: found '" + component + "', allowed: one of "
                    + String.join(", ", EvidenceParameter.COMPONENTS));
            return 2;
        }
        if (csv != null && (Files.isDirectory(csv) || !Files.isDirectory(csv.toAbsolutePath().getParent()))) {
            err.println("--csv: found " + csv + ", allowed: a file in an existing folder");
            return 2;
        }
        EvidenceRegistry registry = EvidenceRegistry.builtIn();
        List<EvidenceParameter> shown = registry.parameters().stream()
                .filter(p -> component == null || p.component().equals(component)).toList();
        out.printf("Evidence registry: %d of %d parameters%s (registry sha256 %s)%n%n", shown.size(),
                registry.parameters().size(), component == null ? "" : ", component " + component,
                registry.sha256().substring(0, 12));
        out.print(shown.isEmpty() ? String.format("No parameters yet.%n") : EvidenceTable.parameters(shown));
        if (sources) {
            List<String> cited = component == null ? registry.sources().stream().map(EvidenceSource::id).toList()
                    : shown.stream().flatMap(p -> p.sources().stream()).distinct().toList();
            out.printf("%nSources (id, grade, citation)%n%n");
            out.print(EvidenceTable.sources(registry, cited));
        }
        out.flush();
        if (csv != null) {
            try {
                AtomicFile.write(csv, temp -> EvidenceCsv.write(temp, shown)); // the old file whole, or the new
            } catch (IOException e) {
                err.println("plsim evidence: could not write " + csv + ": " + e);
                return 1;
            }
            err.println("evidence: wrote " + csv);
        }
        return 0;
    }
}
