package org.plsim.workflow.rerun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plsim.io.manifest.FolderComparison;
import org.plsim.io.manifest.FolderComparison.FileVerdict;

/**
 * What {@code plsim rerun} concludes: {@code byte-identical: 9 of 9 CSVs match the original (…)}, or every CSV
 * that differs with what differs, then the other files (charts, pages, JSON), which are reported only.
 *
 * @param lines what to print, line by line
 * @param code  0 when every file that must match does, else 1
 */
public record RerunVerdict(List<String> lines, int code) {
    private static final int NAMED = 6;

    /** The verdict on the folder re-made in {@code rerun}, compared with {@code original}. */
    public static RerunVerdict of(RerunKind kind, Path original, Path rerun, FolderComparison comparison) {
        List<FileVerdict> checked = comparison.files().stream().filter(f -> kind.mustMatch(f.name())).toList();
        List<FileVerdict> differ = checked.stream().filter(f -> !f.identical()).toList();
        List<FileVerdict> others = comparison.files().stream().filter(f -> !kind.mustMatch(f.name())).toList();
        List<String> otherDiffer = others.stream().filter(f -> !f.identical()).map(FileVerdict::name).toList();
        List<String> out = new ArrayList<>();
        out.add("Rerun in " + rerun);
        if (differ.isEmpty()) {
            out.add("byte-identical: " + checked.size() + " of " + checked.size() + " CSVs match the original ("
                    + original + ")");
        } else {
            out.add("NOT identical: " + differ.size() + " of " + checked.size() + " CSVs differ from the original ("
                    + original + "):");
            differ.forEach(f -> out.add("  " + f.name() + ": " + f.says()));
        }
        if (!others.isEmpty()) {
            out.add("other files (reported only; charts depend on the machine's fonts): "
                    + (others.size() - otherDiffer.size()) + " of " + others.size() + " identical"
                    + (otherDiffer.isEmpty() ? "" : "; differ: " + named(otherDiffer)));
        }
        return new RerunVerdict(List.copyOf(out), differ.isEmpty() ? 0 : 1);
    }

    private static String named(List<String> names) {
        return names.size() <= NAMED ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
    }
}
