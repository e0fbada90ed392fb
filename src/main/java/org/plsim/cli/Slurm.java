package org.plsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Slurm's commands as PLSim runs them: {@code sbatch --parsable}, and {@code squeue}/{@code sacct} for a view. */
final class Slurm {
    /** What a command said, and its exit code (-1 when it could not be started at all: not installed). */
    record Said(int exit, String out) {
    }

    private Slurm() {
    }

    /** Submits {@code script} with {@code options} from {@code dir}; the job id, or throws with what sbatch said. */
    static String submit(Path dir, List<String> options, Path script) throws IOException {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        command.addAll(options);
        command.add(script.toString());
        Said said = run(dir, command);
        String id = said.out().strip().split(";", 2)[0];
        if (said.exit() != 0 || !id.matches("\\d+")) {
            throw new IOException(String.join(" ", command) + (said.exit() < 0 ? ": sbatch is not installed here "
                    + "(submit from the cluster's login node)" : " failed (exit " + said.exit() + "): "
                    + said.out().strip()));
        }
        return id;
    }

    static Said run(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroy();
                return new Said(124, out);
            }
            return new Said(p.exitValue(), out);
        } catch (IOException e) {
            return new Said(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Said(130, "interrupted");
        }
    }
}
