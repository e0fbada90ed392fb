package org.plsim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.scenario.ScenarioSpec;

/**
 * The scenarios a reviewer may start from, by name only (never a path): every RTT-D 2012 and 2013 grantee and
 * a generic district, read once from the project's {@code scenarios/} folder by the reader {@code plsim run}
 * uses. A name is a file's base name ({@code lindsay-unified-sd}); the generic district is {@value #GENERIC}.
 */
public final class ShippedScenarios {
    /** The generic district: all four components under a $20M grant ({@code scenarios/components/all_four.yaml}). */
    public static final String GENERIC = "all-four";
    /** Groups of the start page, each a folder under {@code scenarios/}, in order. */
    static final Map<String, String> GROUPS = groups();
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    /** One shipped scenario: its name, its group's heading, its file and the scenario as read. */
    public record Entry(String name, String group, Path file, ScenarioSpec spec) {
    }

    private final Map<String, Entry> byName;

    private ShippedScenarios(Map<String, Entry> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Every shipped scenario under {@code projectDir/scenarios}, read with {@code reader}.
     *
     * @throws IllegalStateException when a shipped scenario does not read (a broken checkout)
     */
    public static ShippedScenarios read(Path projectDir, ScenarioReader reader) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> g : GROUPS.entrySet()) {
            for (Path file : files(projectDir.resolve("scenarios"), g.getKey())) {
                String name = name(file);
                try {
                    out.put(name, new Entry(name, g.getValue(), file, reader.read(file)));
                } catch (ScenarioException e) {
                    throw new IllegalStateException("a shipped scenario does not read: " + e.getMessage(), e);
                }
            }
        }
        return new ShippedScenarios(out);
    }

    /** The folder that holds {@code scenarios/}: the launcher's ({@code -Dplsim.launcher}), else the working one. */
    public static Path projectDir() {
        return Optional.ofNullable(System.getProperty("plsim.launcher")).filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().getParent()).filter(d -> Files.isDirectory(d.resolve("scenarios")))
                .orElse(Path.of("").toAbsolutePath());
    }

    /** The scenario named {@code name}; empty for any other text, a path included. */
    public Optional<Entry> find(String name) {
        return name != null && NAME.matcher(name).matches() ? Optional.ofNullable(byName.get(name)) : Optional.empty();
    }

    public List<Entry> all() {
        return List.copyOf(byName.values());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    private static List<Path> files(Path scenarios, String where) {
        Path p = scenarios.resolve(where);
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (!Files.isDirectory(p)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(p)) {
            return new ArrayList<>(s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        return base.replace('_', '-');
    }

    private static Map<String, String> groups() {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("components/all_four.yaml", "A generic district");
        g.put("rttd-2012", "Race to the Top–District 2012 grantees");
        g.put("rttd-2013", "Race to the Top–District 2013 grantees");
        return Collections.unmodifiableMap(g);
    }
}
