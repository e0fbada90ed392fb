package org.plsim.io.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plsim.evidence.EvidenceRegistry;

/**
 * The packed built-in registry, made by the build from the YAML: it holds exactly what the YAML says, and it is
 * not used once the YAML differs from the one it was made from.
 */
class PackedRegistryTest {
    private static final byte[] YAML = EvidenceRegistryReader.builtInBytes();

    @Test
    void theBuildsPackedRegistry_holdsWhatTheYamlSays() throws Exception {
        byte[] packed = PackedRegistry.resource();
        assertNotNull(packed, PackedRegistry.RESOURCE + " is made by Maven's process-classes phase (pom.xml)");
        Optional<EvidenceRegistry> unpacked = PackedRegistry.unpack(packed, YAML);
        assertTrue(unpacked.isPresent(), "packed from another registry.yaml than the one on the class path");
        assertSameRegistry(EvidenceRegistryReader.parse(YAML, EvidenceRegistryReader.RESOURCE), unpacked.get());
    }

    @Test
    void theBuiltInRegistry_isTheYamlsRegistry() throws Exception {
        assertSameRegistry(EvidenceRegistryReader.parse(YAML, EvidenceRegistryReader.RESOURCE),
                EvidenceRegistry.builtIn());
    }

    @Test
    void aPackedRegistry_isNotUsed_forAnEditedYaml() throws Exception {
        byte[] packed = PackedRegistry.pack(EvidenceRegistryReader.parse(YAML, EvidenceRegistryReader.RESOURCE), YAML);
        assertTrue(PackedRegistry.unpack(packed, YAML).isPresent());
        byte[] sameLength = YAML.clone();
        int digit = indexOf(sameLength, "central: ") + "central: ".length();
        sameLength[digit] = (byte) (sameLength[digit] == '1' ? '2' : '1');
        assertEquals(Optional.empty(), PackedRegistry.unpack(packed, sameLength), "one digit changed");
        assertEquals(Optional.empty(), PackedRegistry.unpack(packed, Arrays.copyOf(YAML, YAML.length + 1)),
                "a byte added");
    }

    private static void assertSameRegistry(EvidenceRegistry expected, EvidenceRegistry actual) {
        assertEquals(expected.sha256(), actual.sha256());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.parameters(), actual.parameters());
    }

    private static int indexOf(byte[] bytes, String text) {
        int i = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(text);
        assertTrue(i >= 0, text);
        return i;
    }
}
