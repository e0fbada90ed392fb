package org.plsim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every page: language, title, the stylesheet and scripts from this server (never a CDN; the
 * strict Content-Security-Policy allows nothing else), or for an export the stylesheet inline and no script.
 */
final class Page {
    /** The stylesheet, read once from the jar; inlined into exports. */
    static final String CSS = resource("explore.css");

    private Page() {
    }

    /** A live page: stylesheet and scripts by URL. */
    static String live(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // No inline styles from htmx (the CSP forbids them); a 422 or 503 replaces the results with its message.
                + "<meta name=\"htmx-config\" content=\"{&quot;includeIndicatorStyles&quot;:false,&quot;responseHandling&quot;:["
                + "{&quot;code&quot;:&quot;204&quot;,&quot;swap&quot;:false},{&quot;code&quot;:&quot;[23]..&quot;,&quot;swap&quot;:true},"
                + "{&quot;code&quot;:&quot;422|503&quot;,&quot;swap&quot;:true,&quot;error&quot;:false},"
                + "{&quot;code&quot;:&quot;[45]..&quot;,&quot;swap&quot;:false,&quot;error&quot;:true}]}\">\n"
                + "<title>" + Html.esc(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/explore.css\">\n"
                + "<script src=\"/assets/htmx.min.js\" defer></script>\n"
                + "<script src=\"/assets/explore.js\" defer></script>\n"
                + "</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the results</a>\n" + body + "</body>\n</html>\n";
    }

    /** An exported page: one file, the stylesheet inline, no script at all, opens from {@code file://}. */
    static String exported(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body class=\"export\">\n"
                + body + "</body>\n</html>\n";
    }

    /** An error page: what went wrong, the parameter at fault, and the way back. */
    static String error(Refusal r) {
        return live(r.title(), "<main id=\"main\">\n<h1>" + Html.esc(r.title()) + "</h1>\n<p id=\"error-message\" "
                + "role=\"alert\">" + Html.esc(r.getMessage()) + "</p>\n"
                + (r.field().isEmpty() ? "" : "<p>Parameter: <code id=\"error-field\">" + Html.esc(r.field())
                + "</code></p>\n") + "<p><a href=\"/\">Back to the list of scenarios</a></p>\n</main>\n");
    }

    static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("org/plsim/web/" + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
