package org.plsim.io.input;

import org.plsim.io.files.Sha256;
import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.YamlTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plsim.evidence.BuiltInRegistry;
import org.plsim.evidence.Distribution;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.EvidenceSource;
import org.plsim.evidence.Grade;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks an evidence registry file (the built-in one is {@value #RESOURCE}): every problem at
 * once, each with its line and field ({@code registry.yaml:41: parameters.implementation.sustained_share.low:
 * found 0.9 with high 0.8, allowed: …}). Types are checked here, values by the records.
 *
 * <pre>{@code
 * EvidenceRegistry registry = EvidenceRegistryReader.builtIn();       // parsed once, then cached
 * EvidenceRegistry mine = EvidenceRegistryReader.read(Path.of("my-registry.yaml"));
 * }</pre>
 */
public final class EvidenceRegistryReader implements BuiltInRegistry {
    /** The built-in registry, as a class-path resource. */
    public static final String RESOURCE = "org/plsim/evidence/registry.yaml";
    private static final String SOURCE_KEYS = "a map with keys citation, grade and optionally note";
    private static final String PARAMETER_KEYS = "a map with keys component, description, unit, central, low, "
            + "high, distribution, grade, sources and optionally note";

    /** For {@link java.util.ServiceLoader}: {@link EvidenceRegistry#builtIn()} asks here. */
    public EvidenceRegistryReader() {
    }

    @Override
    public EvidenceRegistry registry() {
        return builtIn();
    }

    /** The built-in registry, read and checked once; it is part of the program, so a problem is a build error. */
    public static EvidenceRegistry builtIn() {
        return Shipped.REGISTRY;
    }

    /** The bytes of the built-in registry file, e.g. to hash or print it. */
    public static byte[] builtInBytes() {
        try (InputStream in = EvidenceRegistryReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EvidenceRegistry read(Path file) throws EvidenceRegistryException {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new EvidenceRegistryException(List.of(new Problem(file.toString(), 0, "", "cannot be read: " + e)));
        }
    }

    /** Reads {@code bytes} (UTF-8 YAML) as though they were the file {@code label}, which names them in problems. */
    public static EvidenceRegistry parse(byte[] bytes, String label) throws EvidenceRegistryException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Reading reading = new Reading(label);
        EvidenceRegistry registry = null;
        if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            reading.problem(1, "", "the file is empty; allowed: a YAML map with keys sources and parameters");
            return finish(reading, null);
        }
        Node node = YamlTree.compose(text, reading);
        if (node instanceof MappingNode root) {
            Block top = new Block(reading, "", root, null, 1);
            List<EvidenceSource> sources = read(top, "sources", SOURCE_KEYS, reading, EvidenceRegistryReader::source);
            List<EvidenceParameter> parameters = read(top, "parameters", PARAMETER_KEYS, reading,
                    EvidenceRegistryReader::parameter);
            if (!reading.hasProblems()) {
                registry = reading.build("", () -> new EvidenceRegistry(sources, parameters, Sha256.of(bytes)));
            }
        } else if (node != null) {
            reading.problem(YamlTree.line(node), "", "found " + YamlTree.describe(node)
                    + ", allowed: a YAML map with keys sources and parameters");
        }
        return finish(reading, registry);
    }

    private static EvidenceRegistry finish(Reading reading, EvidenceRegistry registry) throws EvidenceRegistryException {
        try {
            reading.finish();
        } catch (ScenarioException e) {
            throw new EvidenceRegistryException(e.problems());
        }
        return registry;
    }

    /** Each entry of the map {@code key}, read by {@code entry} from its own block; entries with problems left out. */
    private static <T> List<T> read(Block top, String key, String itemKeys, Reading reading,
                                    Function<Block, T> entry) {
        Map<String, Node> entries = top.entries(key, "a map of id: " + itemKeys);
        if (entries.isEmpty()) {
            reading.problem(key, "found no entries, allowed: " + "a map of id: " + itemKeys);
        }
        List<T> out = new ArrayList<>();
        entries.forEach((id, node) -> {
            String path = key + "." + id;
            if (node instanceof MappingNode m) {
                Block b = new Block(reading, path, m, null, reading.lineOf(path));
                T item = entry.apply(b);
                if (item != null) {
                    out.add(item);
                }
            } else {
                reading.problem(path, "found " + YamlTree.describe(node) + ", allowed: " + itemKeys);
            }
        });
        return out;
    }

    private static EvidenceSource source(Block b) {
        String id = id(b);
        String citation = b.text("citation");
        Grade grade = choice(b, "grade", Grade::parse, Grade.allowed(true));
        String note = b.optionalText("note");
        return b.reading().covered(b.path()) ? null
                : b.reading().build("sources", () -> new EvidenceSource(id, citation, grade, note));
    }

    private static EvidenceParameter parameter(Block b) {
        String id = id(b);
        String component = b.text("component");
        String description = b.text("description");
        String unit = b.text("unit");
        double central = b.number("central");
        double low = b.number("low");
        double high = b.number("high");
        Distribution distribution = choice(b, "distribution", Distribution::parse, Distribution.allowed());
        Grade grade = choice(b, "grade", Grade::parse, Grade.allowed(false));
        List<String> sources = b.texts("sources");
        String note = b.optionalText("note");
        return b.reading().covered(b.path()) ? null : b.reading().build("parameters", () -> new EvidenceParameter(id,
                component, description, unit, central, low, high, distribution, grade, sources, note));
    }

    private static String id(Block b) {
        return b.path().substring(b.path().indexOf('.') + 1);
    }

    /** The word at {@code key} parsed by {@code parse}, or null with a problem naming what is allowed. */
    private static <T> T choice(Block b, String key, Function<String, Optional<T>> parse, String allowed) {
        String text = b.text(key);
        Optional<T> value = parse.apply(text);
        if (value.isEmpty() && !b.reading().covered(b.path(key))) {
            b.reading().problem(b.path(key), "found '" + text + "', allowed: " + allowed);
        }
        return value.orElse(null);
    }

    private static final class Shipped {
        static final EvidenceRegistry REGISTRY = load();

        /** From its packed form when that was made from this very YAML ({@link PackedRegistry}), else the YAML. */
        private static EvidenceRegistry load() {
            byte[] yaml = builtInBytes();
            byte[] packed = PackedRegistry.resource();
            if (packed != null) {
                Optional<EvidenceRegistry> current = PackedRegistry.unpack(packed, yaml);
                if (current.isPresent()) {
                    return current.get();
                }
            }
            try {
                return parse(yaml, RESOURCE);
            } catch (EvidenceRegistryException e) {
                throw new IllegalStateException(RESOURCE + " is not a valid evidence registry:"
                        + System.lineSeparator() + e.getMessage(), e);
            }
        }
    }
}
