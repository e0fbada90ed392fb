package org.plsim.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notebooks as committed (no Jupyter needed): without outputs, on the project's kernel, and starting with
 * the cell that puts PLSim's freshly built classes and libraries on the kernel's class path.
 */
class NotebookFilesTest {
    static List<Path> notebooks() throws IOException {
        return NotebooksTest.notebooks();
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void isCommittedWithoutOutputs_onThePlsimKernel_withTheClassPathFirst(Path file) throws IOException {
        JsonNode nb = JsonMapper.builder().build().readTree(file.toFile());
        assertEquals(NotebookKernel.NAME, nb.path("metadata").path("kernelspec").path("name").asText(),
                file + ": metadata.kernelspec.name");
        List<String> withOutputs = new ArrayList<>();
        JsonNode firstCode = null;
        int index = 0;
        for (JsonNode cell : nb.path("cells")) {
            index++;
            if (cell.path("cell_type").asText().equals("code")) {
                firstCode = firstCode == null ? cell : firstCode;
                if (!cell.path("outputs").isEmpty() || !cell.path("execution_count").isNull()) {
                    withOutputs.add("cell " + index);
                }
            }
        }
        assertTrue(withOutputs.isEmpty(), file + ": committed with outputs in " + withOutputs
                + "; clear them with: jupyter nbconvert --clear-output --inplace " + file);
        assertTrue(firstCode != null, file + ": no code cell");
        String first = NotebookExecution.text(firstCode.path("source"));
        assertTrue(first.contains("%classpath ../target/classes") && first.contains("%jar ../target/notebook-lib"),
                file + ": the first code cell puts ../target/classes and ../target/notebook-lib on the class path; found:\n"
                        + first);
    }
}
