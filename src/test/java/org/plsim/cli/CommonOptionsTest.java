package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --threads} and {@code --out} are one mixin each, so every command that takes them refuses a bad value
 * with the same message, exit 2, and writes nothing.
 */
class CommonOptionsTest {
    @TempDir
    Path tmp;

    private String err;

    private int plsim(String... args) {
        StringWriter e = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(e))
                .execute(args);
        err = e.toString();
        return code;
    }

    @Test
    void threads_isRefusedAlike_byEveryCommandThatRuns() throws Exception {
        String file = tmp.resolve("absent.yaml").toString();
        for (String command : List.of("run", "sweep", "reproduce", "calibrate")) {
            assertEquals(2, plsim(command, file, "--threads", "0", "--results-dir", tmp.toString()), command);
            assertEquals("--threads: found 0, allowed: a whole number of at least 1", err.strip(), command);
        }
        assertEquals(2, plsim("compare", file, file, "--threads", "0", "--results-dir", tmp.toString()));
        assertEquals("--threads: found 0, allowed: a whole number of at least 1", err.strip());
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "nothing is written");
        }
    }

    @Test
    void anOccupiedOut_isRefusedAlike() throws Exception {
        Path occupied = Files.createDirectories(tmp.resolve("occupied"));
        Files.writeString(occupied.resolve("keep.txt"), "mine");
        String message = "--out: found " + occupied + ", which exists and is not an empty folder; allowed: a new or "
                + "empty folder (earlier results are never overwritten)";
        for (String command : List.of("reproduce", "calibrate")) {
            assertEquals(2, plsim(command, "scenarios/quickstart.yaml", "--out", occupied.toString()), command);
            assertEquals(message, err.strip(), command);
        }
        assertEquals(2, plsim("run", "scenarios/quickstart.yaml", "--out", occupied.toString()));
        assertTrue(err.contains(message), err);
        assertEquals(List.of("keep.txt"), Files.list(occupied).map(p -> p.getFileName().toString()).toList());
    }

    /** Before: run wrote everything, then failed to make the folder under the file: exit 1 and a raw exception. */
    @Test
    void aResultsDirThatIsAFile_isRefusedAlike_beforeAnyWork() throws Exception {
        Path file = Files.writeString(tmp.resolve("results"), "not a folder");
        String message = "--results-dir: found " + file + ", which is a file; allowed: a folder (made if missing), "
                + "e.g. results";
        for (String command : List.of("run", "reproduce", "calibrate", "sweep")) {
            String input = switch (command) {
                case "reproduce" -> "scenarios/studies/cristia-2017-olpc-peru.yaml";
                case "calibrate" -> "scenarios/calibrations/blended-and-competency.yaml";
                case "sweep" -> "scenarios/sweeps/component-mix.yaml";
                default -> "scenarios/quickstart.yaml";
            };
            assertEquals(2, plsim(command, input, "--results-dir", file.toString()), command + ": " + err);
            assertEquals(message, err.strip(), command);
        }
        assertEquals(2, plsim("compare", "scenarios/quickstart.yaml", "scenarios/quickstart.yaml", "--results-dir",
                file.resolve("under").toString()));
        assertEquals("--results-dir: found " + file.resolve("under") + ", under " + file + ", which is a file; "
                + "allowed: a folder (made if missing), e.g. results", err.strip());
        assertEquals("not a folder", Files.readString(file));
    }

    /** Before: --out scenarios/x was taken, and the next plsim validate scenarios/... met a result folder. */
    @Test
    void anOutInsideScenarios_isRefused_sayingWhatToUseInstead() throws Exception {
        Path inside = Path.of("scenarios/my-run"); // the project's own: it holds reference.yaml
        assertEquals(2, plsim("run", "scenarios/quickstart.yaml", "--out", inside.toString()));
        assertEquals("--out: found " + inside + ", which is inside scenarios/, the folder of scenario files (inputs, "
                + "which plsim validate and the explorer read); allowed: a folder outside it, e.g. results/my-run, or "
                + "no --out for a new folder under --results-dir (default results)", err.strip());
        assertEquals(2, plsim("calibrate", "scenarios/calibrations/blended-and-competency.yaml", "--out",
                "scenarios/calibrations/fit"));
        assertTrue(err.startsWith("--out: found scenarios/calibrations/fit, which is inside scenarios/"), err);
        assertEquals(2, plsim("sweep", "scenarios/sweeps/component-mix.yaml", "--out", "scenarios/sweeps/mix"));
        assertTrue(err.startsWith("--out: found scenarios/sweeps/mix, which is inside scenarios/"), err);
        assertTrue(Files.notExists(inside) && Files.notExists(Path.of("scenarios/calibrations/fit"))
                && Files.notExists(Path.of("scenarios/sweeps/mix")), "nothing written");
    }

    /** Before: any folder named scenarios was refused, the user's own /tmp/x/scenarios/out among them. */
    @Test
    void aUsersOwnFolderNamedScenarios_isAccepted_onlyTheProjectsIsRefused() throws Exception {
        Path own = tmp.resolve("x/scenarios/out");
        assertEquals(0, plsim("run", "src/test/resources/bad-input/sweeps/base/tiny.yaml", "--out", own.toString(),
                "--quiet"), err);
        assertTrue(Files.isRegularFile(own.resolve("summary.csv")), "the run was written where asked");
        assertEquals(0, plsim("run", "src/test/resources/bad-input/sweeps/base/tiny.yaml", "--results-dir",
                tmp.resolve("x/scenarios/results").toString(), "--quiet"), err);
    }

    @Test
    void theProjectsScenarioFolders_areTheLaunchersAndTheWorkingOnes_thatHoldTheReference() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("plsim-home/scenarios")).getParent();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/scenarios")).getParent();
        String launcher = project.resolve("plsim").toString();
        assertEquals(List.of(), OutputOptions.projectScenarios(launcher, elsewhere), "no reference.yaml: not ours");
        Files.writeString(project.resolve("scenarios/reference.yaml"), "title: reference\n");
        assertEquals(List.of(project.resolve("scenarios")), OutputOptions.projectScenarios(launcher, elsewhere));
        assertEquals(List.of(Path.of("scenarios").toAbsolutePath()), OutputOptions.projectScenarios(null,
                Path.of("")), "the working folder's, in this repository");
    }
}
