package org.plsim.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading nbconvert's log for the failing cell and the Java error (no Jupyter needed: logs as nbclient 0.7 writes them). */
class CellFailureTest {
    static final String ESC = "\u001B";

    @Test
    void anExecutionError_givesTheCellsSourceAndTheJavaError_withoutColours() {
        String log = """
                [NbConvertApp] Converting notebook notebooks/x.ipynb to notebook
                Traceback (most recent call last):
                  File "/usr/bin/jupyter-nbconvert", line 33, in <module>
                nbclient.exceptions.CellExecutionError: An error occurred while executing the following cell:
                ------------------
                var plan = SweepReader.load(Path.of("../scenarios/sweeps/nope.yaml"));
                System.out.println(plan);
                ------------------

                ESC[0mESC[1mESC[31morg.plsim.io.yaml.ScenarioException: ../scenarios/sweeps/nope.yaml: no such file
                ESC[0m
                ESC[0mESC[1mESC[34m   at org.plsim.io.yaml.ScenarioText.read(ScenarioText.java:30)ESC[0m
                EvalException: ../scenarios/sweeps/nope.yaml: no such file
                """.replace("ESC", ESC);

        CellFailure f = CellFailure.parse(log).orElseThrow();

        assertEquals("var plan = SweepReader.load(Path.of(\"../scenarios/sweeps/nope.yaml\"));\nSystem.out.println(plan);",
                f.source());
        assertEquals("""
                org.plsim.io.yaml.ScenarioException: ../scenarios/sweeps/nope.yaml: no such file

                   at org.plsim.io.yaml.ScenarioText.read(ScenarioText.java:30)
                EvalException: ../scenarios/sweeps/nope.yaml: no such file""", f.error());
    }

    @Test
    void aTimeout_givesTheCellsSourceAndTheLimit() {
        String log = """
                nbclient.exceptions.CellTimeoutError: A cell timed out while it was being executed, after 180 seconds.
                The message was: Cell execution timed out.
                Here is a preview of the cell contents:
                -------------------
                while (true) { }
                -------------------
                """;

        CellFailure f = CellFailure.parse(log).orElseThrow();

        assertEquals("while (true) { }", f.source());
        assertTrue(f.error().startsWith("the cell timed out after 180 s"), f.error());
    }

    @Test
    void aDeadOrSilentKernel_isSaidSo_andAnUnknownLogIsNotGuessedAt() {
        assertTrue(CellFailure.parse("...\nnbclient.exceptions.DeadKernelError: Kernel died\n").orElseThrow().error()
                .startsWith("the kernel died"));
        assertTrue(CellFailure.parse("RuntimeError: Kernel didn't respond in 60 seconds\n").orElseThrow().error()
                .startsWith("the kernel did not start"));
        assertEquals(Optional.empty(), CellFailure.parse("[NbConvertApp] WARNING | something else\n"));
    }
}
