package org.plsim.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard of {@link NotebooksTest}: deliberately broken notebooks (in {@code src/test/resources/notebooks},
 * never in {@code notebooks/}) fail when executed the same way, and the failure names the broken cell and
 * carries its source and the Java error — a runtime exception, and a call to a PLSim method that does not
 * exist (what an API change does to a notebook).
 */
class BrokenNotebookTest {
    static final Path BROKEN = Path.of("src", "test", "resources", "notebooks");
    static final Path EXECUTED = NotebooksTest.EXECUTED.resolve("guard");

    private Path jupyter;

    @BeforeEach
    void kernel() throws IOException {
        jupyter = Jupyter.requireNbconvert();
        NotebookKernel.install();
    }

    @Test
    void aCellThatThrows_failsTheRun_withItsSourceAndTheJavaException() throws Exception {
        NotebookExecution run = NotebookExecution.run(jupyter, BROKEN.resolve("broken.ipynb"), EXECUTED,
                NotebooksTest.CELL_TIMEOUT);

        assertNotEquals(0, run.exitCode(), run.log());
        assertFalse(run.succeeded());
        assertFalse(Files.exists(run.executed()), "no executed copy of a failed notebook");
        String message = run.failureMessage();
        System.out.println("The guard's failure message, as a failing build shows it:\n" + message);
        assertTrue(message.contains("broken.ipynb failed (jupyter nbconvert exit 1) in code cell 2 of 3"), message);
        assertTrue(message.contains("--- cell source ---\nint students = Integer.parseInt(enrolment);"), message);
        assertTrue(message.contains("java.lang.NumberFormatException: For input string: \"twelve hundred\""), message);
        assertFalse(message.contains("never reached"), "the run stops at the failing cell: " + message);
        assertFalse(message.contains("\u001B["), "no terminal colour codes: " + message);
    }

    @Test
    void aCellThatNoLongerCompiles_failsTheRun_withItsSourceAndTheCompilerMessage() throws Exception {
        NotebookExecution run = NotebookExecution.run(jupyter, BROKEN.resolve("stale-api.ipynb"), EXECUTED,
                NotebooksTest.CELL_TIMEOUT);

        assertNotEquals(0, run.exitCode(), run.log());
        String message = run.failureMessage();
        assertTrue(message.contains("in code cell 2 of 2"), message);
        assertTrue(message.contains("MeanEstimate.of(new double[] {0.1, 0.2, 0.4}).median();"), message);
        assertTrue(message.contains("cannot find symbol") && message.contains("median()"), message);
    }
}
