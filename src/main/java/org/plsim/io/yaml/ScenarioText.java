package org.plsim.io.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a scenario file, or a problem saying why there is none. Decoding is strict: a file saved in
 * another encoding is reported as such, rather than read with replacement characters that would surface
 * later as puzzling YAML errors. Every YAML input of every command (scenario, sweep, calibration, study,
 * parameter file) is read here, so its size is checked before a byte of it is read or parsed; text that did
 * not come from a file (a manifest's record, the explorer's plan) meets the same limit in {@link YamlTree}.
 */
public final class ScenarioText {
    /**
     * Far above any real input (the reference scenario is ~15 KB); keeps a wrong argument — a data file, a log —
     * from filling the heap in the parser.
     */
    public static final long MAX_BYTES = 1L << 20;

    private ScenarioText() {
    }

    public static String read(Path file) throws ScenarioException {
        String label = file.toString();
        if (Files.isDirectory(file)) {
            throw problem(label, "is a directory, allowed: a scenario YAML file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw problem(label, tooLarge("a file of", size));
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw problem(label, "no such file" + hint(file));
        } catch (AccessDeniedException e) {
            throw problem(label, "cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw problem(label, "cannot be read: found bytes that are not UTF-8 text, allowed: a UTF-8 "
                    + "(or plain ASCII) YAML file");
        } catch (IOException e) {
            throw problem(label, "cannot be read: " + e);
        }
    }

    /** The message for {@code bytes} beyond {@link #MAX_BYTES}, e.g. {@code tooLarge("a file of", n)}. */
    static String tooLarge(String what, long bytes) {
        return String.format(java.util.Locale.ROOT, "found %s %,d bytes, allowed: at most %,d bytes (1 MiB; the "
                + "reference scenario is about 15 KB), so it was not read (is this a scenario, sweep or calibration "
                + "file?)", what, bytes, MAX_BYTES);
    }

    private static String hint(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && !Files.isDirectory(parent) ? " (nor the folder " + parent + ")" : "";
    }

    private static ScenarioException problem(String file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, "", message)));
    }
}
