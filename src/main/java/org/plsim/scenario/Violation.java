package org.plsim.scenario;

/**
 * One problem with one field of a specification: which field (a dotted path relative to the record
 * that found it, e.g. {@code class_size}), what was found, and what is allowed.
 */
public record Violation(String field, String found, String allowed) {
    /** The violation with {@code prefix.} put in front of its field path. */
    public Violation under(String prefix) {
        return new Violation(prefix.isEmpty() ? field : prefix + "." + field, found, allowed);
    }

    @Override
    public String toString() {
        return field + ": found " + found + ", allowed: " + allowed;
    }
}
