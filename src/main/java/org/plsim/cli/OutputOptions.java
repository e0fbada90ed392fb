package org.plsim.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plsim.io.files.ResultFolder;
import picocli.CommandLine.Option;

/**
 * {@code --out}, {@code --results-dir} and {@code --quiet}: where a command that makes a result folder puts it
 * (each command's description says where under RESULTS_DIR), and whether it prints the folder alone. One
 * declaration and one message for an occupied folder, shared by {@code run}, {@code sweep}, {@code reproduce}
 * and {@code calibrate}; {@code rerun}, whose folder goes beside the original, shares the message.
 */
public final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Exact result folder, instead of a new one under "
            + "RESULTS_DIR. Earlier results are never overwritten.")
    Path out;

    @Option(names = "--results-dir", paramLabel = "DIR", defaultValue = "results",
            description = "Folder holding the result folders (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Option(names = {"-q", "--quiet"}, description = "Print only the result folder: no progress, no summary.")
    boolean quiet;

    /** The exact folder asked for, or null for a new one under {@link #resultsDir()}. */
    public Path out() {
        return out;
    }

    public Path resultsDir() {
        return resultsDir;
    }

    public boolean quiet() {
        return quiet;
    }

    /** Why {@code --out} cannot take a new result: it exists and is not an empty folder; or empty. */
    public Optional<String> occupied() {
        return out == null ? Optional.empty() : occupied(out);
    }

    /**
     * Why the result cannot go where these options say, checked before any work: {@code --results-dir} or
     * {@code --out} is (or lies under) a file, lies inside the project's {@code scenarios/}, or {@code --out} is
     * occupied; or empty.
     */
    public Optional<String> problem() {
        return placement().or(this::occupied);
    }

    /**
     * {@link #problem} but for an occupied {@code --out}: for {@code plsim sweep}, whose folder may hold the sweep
     * to resume.
     */
    public Optional<String> placement() {
        Path dir = out != null ? out : resultsDir;
        String option = out != null ? "--out" : "--results-dir";
        return notAFolder(dir, option).or(() -> amongScenarios(dir, option));
    }

    /** {@link #problem} for a result folder {@code target} given as {@code option} (e.g. rerun's --out). */
    public static Optional<String> refusal(Path target, String option) {
        return notAFolder(target, option).or(() -> amongScenarios(target, option)).or(() -> occupied(target));
    }

    /** The nearest part of {@code dir} that exists must be a folder: writing under a file fails. */
    private static Optional<String> notAFolder(Path dir, String option) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (java.nio.file.Files.exists(p)) {
                return java.nio.file.Files.isDirectory(p) ? Optional.empty() : Optional.of(option + ": found " + dir
                        + (p.equals(dir.toAbsolutePath().normalize()) ? ", which is a file" : ", under " + p
                        + ", which is a file") + "; allowed: a folder (made if missing), e.g. results");
            }
        }
        return Optional.empty();
    }

    /**
     * Results do not go among the project's scenario files: {@code plsim validate scenarios/...}, the explorer and
     * the tests read every file there, and a result folder is not an input. A user's own folder that happens to be
     * called {@code scenarios} is theirs to use.
     */
    private static Optional<String> amongScenarios(Path dir, String option) {
        Path target = dir.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().resolve(SCENARIOS);
        for (Path folder : projectScenarios(System.getProperty("plsim.launcher"), Path.of(""))) {
            if (target.startsWith(folder)) {
                String shown = folder.equals(here) ? SCENARIOS + "/" : folder + "/";
                return Optional.of(option + ": found " + dir + ", which is inside " + shown + ", the folder of "
                        + "scenario files (inputs, which plsim validate and the explorer read); allowed: a folder "
                        + "outside it, e.g. results/" + (target.equals(folder) ? "" : target.getFileName())
                        + (option.equals("--out") ? ", or no --out for a new folder under --results-dir (default "
                        + "results)" : ""));
            }
        }
        return Optional.empty();
    }

    /**
     * The project's own scenario folders: {@code scenarios/} beside the launcher ({@code -Dplsim.launcher}, may be
     * null) and in {@code workingDir}, each only if it holds the shipped {@code reference.yaml}.
     */
    static List<Path> projectScenarios(String launcher, Path workingDir) {
        List<Path> folders = new ArrayList<>();
        if (launcher != null && !launcher.isBlank()) {
            try {
                Path parent = Path.of(launcher).toAbsolutePath().getParent();
                if (parent != null) {
                    folders.add(parent.resolve(SCENARIOS).normalize());
                }
            } catch (InvalidPathException e) {
                // not a path: no launcher folder to protect
            }
        }
        folders.add(workingDir.toAbsolutePath().resolve(SCENARIOS).normalize());
        return folders.stream().distinct().filter(f -> Files.isRegularFile(f.resolve(REFERENCE))).toList();
    }

    private static final String SCENARIOS = "scenarios";
    private static final String REFERENCE = "reference.yaml";

    /** Why {@code target} cannot take a new result, as {@code --out}'s message; or empty. */
    public static Optional<String> occupied(Path target) {
        return ResultFolder.isFree(target) ? Optional.empty() : Optional.of("--out: found " + target + ", which "
                + "exists and is not an empty folder; allowed: a new or empty folder (earlier results are never "
                + "overwritten)");
    }
}
