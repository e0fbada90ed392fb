package org.plsim.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every {@code notebooks/*.ipynb} headlessly, in name order, on the project's Java kernel and its
 * freshly built classes, as a researcher would run it: a cell that throws, does not compile or runs past the
 * per-cell limit fails the build with that cell's source and the Java error. Without Jupyter this is skipped
 * (failed when {@code CI} is set); see {@link Jupyter}. Executed copies and logs go to
 * {@code target/notebooks-executed/}.
 */
class NotebooksTest {
    static final Path NOTEBOOKS = Path.of("notebooks");
    static final Path EXECUTED = Path.of("target", "notebooks-executed");
    /** Per cell: the slowest cell of a shipped notebook takes well under a minute on 2 cores. */
    static final Duration CELL_TIMEOUT = Duration.ofMinutes(3);

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyNotebook_runsToTheEndWithoutAnError() throws IOException {
        List<Path> all = notebooks();
        assertFalse(all.isEmpty(), "no notebooks in " + NOTEBOOKS.toAbsolutePath());
        // each notebook is a test of its own, so that without Jupyter each shows as skipped
        return all.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
            Path jupyter = Jupyter.requireNbconvert();
            NotebookKernel.install();
            NotebookExecution run = NotebookExecution.run(jupyter, nb, EXECUTED, CELL_TIMEOUT);
            if (!run.succeeded()) {
                fail(run.failureMessage());
            }
            System.out.printf(Locale.ROOT, "%s: executed in %.1f s -> %s%n", nb, run.took().toMillis() / 1000.0,
                    run.executed());
            assertTrue(Files.size(run.executed()) > Files.size(nb), "the executed copy holds the outputs");
        }));
    }
}
