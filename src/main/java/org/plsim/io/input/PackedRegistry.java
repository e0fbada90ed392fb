package org.plsim.io.input;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.plsim.evidence.Distribution;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.EvidenceSource;
import org.plsim.evidence.Grade;

/**
 * The built-in evidence registry in a packed binary form ({@value #RESOURCE}), made from the YAML at build time
 * (Maven's {@code process-classes} phase runs {@link #main}) so that a run reads it without SnakeYAML: a small run
 * spent about a tenth of a second of CPU parsing the YAML, most of it interpreted. The YAML stays the source of
 * truth: the packed form records the length and CRC-32 of the YAML it was made from, and is used only while
 * they still match the YAML on the class path (else the YAML is read, as without it). Only a registry that
 * passed every check of {@link EvidenceRegistryReader} is packed, so the records it rebuilds are valid.
 */
public final class PackedRegistry {
    /** The packed registry, as a class-path resource beside the YAML. */
    static final String RESOURCE = "org/plsim/evidence/registry.bin";
    private static final int FORMAT = 1;

    private PackedRegistry() {
    }

    /** Writes the packed form of the built-in registry into the class folder {@code args[0]} (a build step). */
    public static void main(String[] args) throws IOException, EvidenceRegistryException {
        byte[] yaml = EvidenceRegistryReader.builtInBytes();
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.write(target, pack(EvidenceRegistryReader.parse(yaml, EvidenceRegistryReader.RESOURCE), yaml));
    }

    /** The packed form of {@code registry}, which was read from {@code yaml}. */
    static byte[] pack(EvidenceRegistry registry, byte[] yaml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(yaml.length);
            out.writeLong(crc(yaml));
            out.writeUTF(registry.sha256());
            out.writeInt(registry.sources().size());
            for (EvidenceSource s : registry.sources()) {
                writeTexts(out, s.id(), s.citation(), s.grade().name(), s.note());
            }
            out.writeInt(registry.parameters().size());
            for (EvidenceParameter p : registry.parameters()) {
                writeTexts(out, p.id(), p.component(), p.description(), p.unit());
                out.writeDouble(p.central());
                out.writeDouble(p.low());
                out.writeDouble(p.high());
                writeTexts(out, p.distribution().name(), p.grade().name(), p.note());
                out.writeInt(p.sources().size());
                writeTexts(out, p.sources().toArray(String[]::new));
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The registry packed in {@code packed}, when it was made from exactly {@code yaml} (same length and CRC-32)
     * in this format; empty otherwise, and then the YAML is to be read.
     */
    static Optional<EvidenceRegistry> unpack(byte[] packed, byte[] yaml) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(packed))) {
            if (in.readInt() != FORMAT || in.readInt() != yaml.length || in.readLong() != crc(yaml)) {
                return Optional.empty();
            }
            String sha256 = in.readUTF();
            List<EvidenceSource> sources = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                sources.add(new EvidenceSource(in.readUTF(), in.readUTF(), Grade.valueOf(in.readUTF()), in.readUTF()));
            }
            List<EvidenceParameter> parameters = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String id = in.readUTF();
                String component = in.readUTF();
                String description = in.readUTF();
                String unit = in.readUTF();
                double central = in.readDouble();
                double low = in.readDouble();
                double high = in.readDouble();
                Distribution distribution = Distribution.valueOf(in.readUTF());
                Grade grade = Grade.valueOf(in.readUTF());
                String note = in.readUTF();
                List<String> cited = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    cited.add(in.readUTF());
                }
                parameters.add(new EvidenceParameter(id, component, description, unit, central, low, high,
                        distribution, grade, cited, note));
            }
            return Optional.of(new EvidenceRegistry(sources, parameters, sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packed resource's bytes, or null when the class path has none (e.g. classes compiled by an IDE). */
    static byte[] resource() {
        try (InputStream in = PackedRegistry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTexts(DataOutputStream out, String... texts) throws IOException {
        for (String t : texts) {
            out.writeUTF(t);
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
