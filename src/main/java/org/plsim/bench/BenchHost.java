package org.plsim.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.scenario.ComponentSpec;

/**
 * Where the benchmark runs and with what: the project folder (its shipped scenarios), the {@code plsim}
 * launcher script if the bench was started through it, the installed components, and the runner the preview
 * workload times.
 *
 * @param projectDir the folder holding {@code scenarios/} (the launcher's folder, else the working directory)
 * @param launcher   the {@code plsim} script that started this JVM ({@code -Dplsim.launcher}), if it exists
 * @param classPath  this JVM's class path, for {@code java -cp … org.plsim.cli.Main} without the launcher
 * @param registry   the installed grant components
 * @param preview    what the preview workload times, one scenario at a time
 */
public record BenchHost(Path projectDir, Optional<Path> launcher, String classPath, ComponentRegistry registry,
                        PreviewRunner preview) {
    /** The system property the launcher sets to its own path. */
    public static final String LAUNCHER_PROPERTY = "plsim.launcher";
    /** The plan the all-four and components workloads run: its {@code components:} block. */
    public static final String ALL_FOUR = "scenarios/components/all_four.yaml";
    /** Folders of the grantee scenarios the preview runs. */
    public static final List<String> GRANTEES = List.of("scenarios/rttd-2012", "scenarios/rttd-2013");

    public BenchHost {
        launcher = launcher == null ? Optional.empty() : launcher;
    }

    /** This JVM's: the launcher it was started by, if any, and the project folder beside it. */
    public static BenchHost detect(ComponentRegistry registry, PreviewRunner preview) {
        Optional<Path> launcher = Optional.ofNullable(System.getProperty(LAUNCHER_PROPERTY)).filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath()).filter(Files::isRegularFile).filter(Files::isExecutable);
        Path dir = launcher.map(Path::getParent).orElse(Path.of("").toAbsolutePath());
        return new BenchHost(dir, launcher, absolute(System.getProperty("java.class.path", "")), registry, preview);
    }

    /** The class path with every entry absolute, so a child process started elsewhere finds the classes. */
    static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    /** The command that starts {@code plsim} as a user does: the launcher, else java on this class path. */
    public List<String> plsimCommand() {
        if (launcher.isPresent()) {
            return List.of(launcher.get().toString());
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Djava.awt.headless=true", "-cp", classPath, "org.plsim.cli.Main"));
        return cmd;
    }

    /** "via plsim" (the launcher) or "via java -cp", for the table. */
    public String plsimDescription() {
        return launcher.map(l -> "via " + l.getFileName()).orElse("via java -cp");
    }

    /** The all-four plan's components, as written in {@value #ALL_FOUR}; empty if the file is not there. */
    public Optional<List<ComponentSpec>> allFourPlan() {
        Path file = projectDir.resolve(ALL_FOUR);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScenarioReader().read(file).components());
        } catch (ScenarioException e) {
            throw new IllegalStateException(ALL_FOUR + " cannot be read: " + e.getMessage(), e);
        }
    }
}
