package org.plsim.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One notebook executed headlessly as CI does it: {@code jupyter nbconvert --to notebook --execute} on the
 * project's kernel, with a limit per cell and never {@code --allow-errors}, so that the first failing cell
 * stops it (exit 1, no output notebook). The executed copy goes to {@code outputDir}, nbconvert's log beside it.
 *
 * @param exitCode nbconvert's exit code; -1 when it was stopped for taking longer than the whole-run limit
 * @param log      nbconvert's output and error streams together
 * @param executed where the executed notebook is (when it succeeded)
 */
record NotebookExecution(Path notebook, int exitCode, String log, Path executed, Duration took) {
    /** Limit on the whole nbconvert run, beyond the per-cell limits: a hung client or kernel start. */
    static final Duration WHOLE_RUN = Duration.ofMinutes(15);

    static NotebookExecution run(Path jupyter, Path notebook, Path outputDir, Duration cellTimeout)
            throws IOException, InterruptedException {
        Files.createDirectories(outputDir);
        String name = notebook.getFileName().toString();
        Path log = outputDir.resolve(name.replaceFirst("\\.ipynb$", "") + ".log");
        Path executed = outputDir.resolve(name);
        Files.deleteIfExists(executed);
        List<String> command = List.of(jupyter.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=" + cellTimeout.toSeconds(),
                "--ExecutePreprocessor.kernel_name=" + NotebookKernel.NAME,
                "--output-dir", outputDir.toAbsolutePath().toString(), notebook.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(NotebookKernel.environment());
        long t0 = System.nanoTime();
        Process p = pb.start();
        int exit;
        if (p.waitFor(WHOLE_RUN.toSeconds(), TimeUnit.SECONDS)) {
            exit = p.exitValue();
        } else {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            exit = -1;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        return new NotebookExecution(notebook, exit, Files.readString(log, StandardCharsets.UTF_8), executed, took);
    }

    boolean succeeded() {
        return exitCode == 0 && Files.isRegularFile(executed);
    }

    /**
     * What a reader of a failed build needs: which notebook, which cell (number among the code cells), its
     * source, and the Java error; or, when nbclient did not name a cell, the end of the log.
     */
    String failureMessage() {
        StringBuilder m = new StringBuilder(notebook.toString());
        if (exitCode == -1) {
            m.append(" was stopped after ").append(WHOLE_RUN.toMinutes()).append(" minutes");
        } else {
            m.append(" failed (jupyter nbconvert exit ").append(exitCode).append(")");
        }
        Optional<CellFailure> cell = CellFailure.parse(log);
        if (cell.isEmpty()) {
            return m.append("; the end of its log:").append(CellFailure.lastLines(CellFailure.plain(log), 40))
                    .toString();
        }
        String source = cell.get().source();
        if (!source.isEmpty()) {
            m.append(" in ").append(cellNumber(source));
            m.append("\n--- cell source ---\n").append(source.stripTrailing());
        }
        return m.append("\n--- Java error ---\n").append(cell.get().error()).toString();
    }

    /** "code cell 3 of 9", by the cell's source; "a cell" when it cannot be told. */
    private String cellNumber(String source) {
        try {
            JsonNode cells = JsonMapper.builder().build().readTree(notebook.toFile()).path("cells");
            List<String> code = new ArrayList<>();
            for (JsonNode c : cells) {
                if (c.path("cell_type").asText().equals("code")) {
                    code.add(text(c.path("source")));
                }
            }
            String wanted = source.strip();
            for (int i = 0; i < code.size(); i++) {
                if (code.get(i).strip().equals(wanted)) {
                    return String.format(Locale.ROOT, "code cell %d of %d", i + 1, code.size());
                }
            }
        } catch (IOException e) {
            // the message still has the source
        }
        return "a cell";
    }

    /** A cell's source: nbformat stores it as one string or as a list of lines. */
    static String text(JsonNode source) {
        if (source.isArray()) {
            StringBuilder s = new StringBuilder();
            source.forEach(line -> s.append(line.asText()));
            return s.toString();
        }
        return source.asText();
    }
}
