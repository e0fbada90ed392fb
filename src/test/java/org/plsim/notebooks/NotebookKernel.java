package org.plsim.notebooks;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java kernel notebooks run on, as the build lays it out (pom.xml): the rapaio kernel's jar copied into
 * {@code target/jupyter/kernels/plsim-java/}, and in its {@code patch/} folder PLSim's start-up fix
 * ({@code src/notebook-kernel/java}) and a quiet {@code logging.properties}, which go first on the kernel's
 * class path. This class writes the kernelspec ({@code kernel.json}) that starts it with this JVM's
 * {@code java}, and the environment that makes Jupyter find it there and keep its runtime files (connection
 * files, with their keys) under {@code target/} too.
 */
final class NotebookKernel {
    static final String NAME = "plsim-java";
    static final Path JUPYTER = Path.of("target", "jupyter").toAbsolutePath();
    static final Path HOME = JUPYTER.resolve("kernels").resolve(NAME);
    static final String MAIN_CLASS = "org.rapaio.jupyter.kernel.MainApp";
    static final String HEAP = "-Xmx2g";

    private NotebookKernel() {
    }

    /**
     * Writes {@code kernel.json} into {@link #HOME} and returns it.
     *
     * @throws IllegalStateException when the build has not laid the kernel out (run the tests through Maven)
     */
    static Path install() throws IOException {
        Path jar = kernelJar();
        Path patch = HOME.resolve("patch");
        if (!Files.isRegularFile(patch.resolve("org/rapaio/jupyter/kernel/channels/LoopThread.class"))
                || !Files.isRegularFile(patch.resolve("logging.properties"))) {
            throw new IllegalStateException(patch + " lacks the kernel's start-up fix or logging.properties: run the "
                    + "tests through Maven (mvn test), which compiles src/notebook-kernel into it");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv(Path.of(System.getProperty("java.home"), "bin", "java"), jar.getFileName().toString()));
        spec.put("display_name", "PLSim (Java)");
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        // no "env": a kernelspec's env replaces the caller's variables of the same name
        Path json = HOME.resolve("kernel.json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(json.toFile(), spec);
        return json;
    }

    /**
     * How Jupyter starts the kernel: headless, with a heap limit, the patch folder before the kernel's jar
     * ({@code -cp}, not {@code -jar}, so that the patch is seen first); {@code {resource_dir}} is the kernelspec
     * folder.
     */
    static List<String> argv(Path java, String jarName) {
        return List.of(java.toString(), "-Djava.awt.headless=true", HEAP, "-cp",
                "{resource_dir}/patch" + File.pathSeparator + "{resource_dir}/" + jarName, MAIN_CLASS,
                "{connection_file}");
    }

    /** Variables to add to nbconvert's environment: Jupyter's paths, all under {@code target/jupyter}. */
    static Map<String, String> environment() {
        return Map.of("JUPYTER_PATH", JUPYTER.toString(),
                "JUPYTER_RUNTIME_DIR", JUPYTER.resolve("runtime").toString(),
                "JUPYTER_CONFIG_DIR", JUPYTER.resolve("config").toString(),
                "JUPYTER_DATA_DIR", JUPYTER.resolve("data").toString());
    }

    private static Path kernelJar() throws IOException {
        if (!Files.isDirectory(HOME)) {
            throw new IllegalStateException(HOME + " does not exist: run the tests through Maven (mvn test), which "
                    + "copies the notebook kernel there");
        }
        try (Stream<Path> files = Files.list(HOME)) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().startsWith("rapaio-jupyter-kernel-")
                    && f.toString().endsWith(".jar")).sorted().toList();
            if (jars.size() != 1) {
                throw new IllegalStateException(HOME + ": expected one rapaio-jupyter-kernel-*.jar, found " + jars
                        + " (mvn clean test lays it out afresh)");
            }
            return jars.get(0);
        }
    }
}
