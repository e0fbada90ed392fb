package org.plsim.io.yaml;

/**
 * One thing wrong with an input file, said so that the user can fix it: where (file and line), which field
 * (a dotted path such as {@code district.schools[1].count}), what was found and what is allowed.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, or 0 when unknown (e.g. the file is missing)
 * @param field   dotted field path, or empty for the whole file
 * @param message what was found and what is allowed, e.g. "found -3, allowed: a whole number from 5 to 60"
 */
public record Problem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (!field.isEmpty()) {
            b.append(field).append(": ");
        }
        return b.append(message).toString();
    }
}
