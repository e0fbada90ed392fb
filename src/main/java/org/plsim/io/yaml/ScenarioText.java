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
 * later as puzzling YAML errors.
 */
public final class ScenarioText {
    /** Far above any real scenario (the reference is ~15 KB); keeps a wrong argument from filling the heap. */
    static final long MAX_BYTES = 1L << 20;

    private ScenarioText() {
    }

    public static String read(Path file) throws ScenarioException {
        String label = file.toString();
        if (Files.isDirectory(file)) {
            throw problem(label, "is a directory, allowed: a scenario YAML file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw problem(label, String.format("found a file of %,d bytes, allowed: at most %,d bytes "
                        + "(is this a scenario file?)", Files.size(file), MAX_BYTES));
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

    private static String hint(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && !Files.isDirectory(parent) ? " (nor the folder " + parent + ")" : "";
    }

    private static ScenarioException problem(String file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, "", message)));
    }
}
