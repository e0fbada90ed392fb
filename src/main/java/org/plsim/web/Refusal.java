package org.plsim.web;

/**
 * A request the explorer will not answer with a page of results, and why: the HTTP status and a message the
 * error page shows (escaped), naming the parameter at fault and what is allowed where there is one.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;
    private final String field;

    Refusal(int status, String title, String field, String message) {
        super(message);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    /** 422: a parameter's value is not allowed. */
    static Refusal invalid(String field, String found, String allowed) {
        return new Refusal(422, "A value is not allowed", field, field + ": found '" + found + "', allowed: " + allowed);
    }

    /** 404: no shipped scenario has this name. */
    static Refusal unknownBase(String name) {
        return new Refusal(404, "No such scenario", "base", "base: no shipped scenario is named '" + name
                + "'. Pick one from the start page (scenarios are chosen by name, never by a file path).");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The parameter at fault, or empty. */
    public String field() {
        return field;
    }
}
