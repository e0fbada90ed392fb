package org.plsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.plsim.io.manifest.FolderComparison;
import org.plsim.io.manifest.FolderComparison.FileVerdict;

/**
 * What {@code plsim rerun} concludes: {@code byte-identical: 9 of 9 CSVs match the original (…)}, or every CSV
 * that differs with what differs, then the other files (charts, pages, JSON), which are reported only.
 */
final class RerunVerdict {
    private static final int NAMED = 6;

    private final RerunKind kind;
    private final Path original;
    private final Path rerun;

    RerunVerdict(RerunKind kind, Path original, Path rerun) {
        this.kind = kind;
        this.original = original;
        this.rerun = rerun;
    }

    /** Prints the verdict; returns 0 when every file that must match does, else 1. */
    int print(FolderComparison comparison, PrintWriter out) {
        List<FileVerdict> checked = comparison.files().stream().filter(f -> kind.mustMatch(f.name())).toList();
        List<FileVerdict> differ = checked.stream().filter(f -> !f.identical()).toList();
        List<FileVerdict> others = comparison.files().stream().filter(f -> !kind.mustMatch(f.name())).toList();
        List<String> otherDiffer = others.stream().filter(f -> !f.identical()).map(FileVerdict::name).toList();
        out.println("Rerun in " + rerun);
        if (differ.isEmpty()) {
            out.println("byte-identical: " + checked.size() + " of " + checked.size() + " CSVs match the original ("
                    + original + ")");
        } else {
            out.println("NOT identical: " + differ.size() + " of " + checked.size() + " CSVs differ from the original ("
                    + original + "):");
            differ.forEach(f -> out.println("  " + f.name() + ": " + f.says()));
        }
        if (!others.isEmpty()) {
            out.println("other files (reported only; charts depend on the machine's fonts): "
                    + (others.size() - otherDiffer.size()) + " of " + others.size() + " identical"
                    + (otherDiffer.isEmpty() ? "" : "; differ: " + named(otherDiffer)));
        }
        out.flush();
        return differ.isEmpty() ? 0 : 1;
    }

    private static String named(List<String> names) {
        return names.size() <= NAMED ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
    }
}
