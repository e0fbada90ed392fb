package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, see its README.md): every scenario file goes through
 * {@code plsim validate} and {@code plsim run}, every sweep file through {@code validate} and {@code plsim sweep},
 * each in-process through {@link Main#commandLine}. Each must exit as its header says, name the file, line and
 * field, print no stack trace, and write nothing: neither a new {@code --out} folder nor a byte anywhere under
 * {@code --results-dir}, where an earlier result waits under the file's default id.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadFile_isRefusedNamingItsFileLineAndField_withoutATrace_andWritesNothing(BadInput file,
            @TempDir Path tmp) throws IOException {
        assertRefused(file, tmp);
    }

    @Test
    void anEmptyFile_isRefusedByEveryCommand(@TempDir Path tmp) throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.yaml"));
        BadInput.Expectation expect = new BadInput.Expectation(2, 1, "-", "the file is empty");
        for (String command : List.of("run", "sweep")) {
            Path work = Files.createDirectories(tmp.resolve(command));
            assertRefused(new BadInput(empty, command, expect), work);
        }
    }

    @Test
    void theCorpus_coversBothKinds_andEveryFileHasAHeader() {
        List<BadInput> all = corpus().toList();
        assertTrue(all.size() >= 60, all.size() + " files");
        assertTrue(all.stream().filter(f -> f.command().equals("sweep")).count() >= 20, "sweep files");
        assertTrue(all.stream().anyMatch(f -> f.expect().line() < 0), "a file without lines (not UTF-8)");
        assertFalse(Files.exists(CORPUS.resolve("pending")), "no case waits in pending/: each is fixed and runs");
    }

    private static void assertRefused(BadInput file, Path tmp) throws IOException {
        Path results = plantEarlierResults(tmp.resolve("results"), file.defaultId());
        Path out = tmp.resolve("new-folder");
        List<Path> beside = listing(file.path().getParent());
        FolderSnapshot before = FolderSnapshot.of(results);

        // validate first: a file it unexpectedly accepts must not go on to run a model
        file.assertSaidBy("validate", InProcessCli.run("validate", file.path().toString()));
        file.assertSaidBy(file.command(), InProcessCli.run(file.command(), file.path().toString(),
                "--results-dir", results.toString(), "--quiet"));
        file.assertSaidBy(file.command() + " --out", InProcessCli.run(file.command(), file.path().toString(),
                "--out", out.toString(), "--quiet"));

        assertEquals(before, FolderSnapshot.of(results), "the earlier results must stay byte-identical");
        assertFalse(Files.exists(out), "--out " + out + " must not be made");
        assertEquals(beside, listing(file.path().getParent()), "nothing written beside the file");
    }

    static Stream<BadInput> corpus() {
        List<BadInput> all = new ArrayList<>();
        all.addAll(BadInput.in(CORPUS.resolve("scenarios"), "run"));
        all.addAll(BadInput.in(CORPUS.resolve("sweeps"), "sweep"));
        return all.stream();
    }

    /** A results folder holding an earlier run under {@code id} (the id a bad file would default to) and another. */
    private static Path plantEarlierResults(Path results, String id) throws IOException {
        for (String earlier : List.of(id + "/20240102-030405-seed7", "quickstart/20240102-030405-seed7")) {
            Path folder = Files.createDirectories(results.resolve(earlier));
            Files.writeString(folder.resolve("summary.csv"), "scenario_id,year,effect_mean\n" + id + ",1,0.012345\n");
            Files.writeString(folder.resolve("manifest.json"), "{\"kind\": \"run\", \"scenario_id\": \"" + id + "\"}\n");
        }
        Files.writeString(results.resolve(id).resolve("runs.csv"), "sweep_id,point,replicate\n" + id + ",0,0\n");
        return results;
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
