package org.plsim.testing;

import java.util.regex.Pattern;

/**
 * What a self-contained page says outside its embedded images: a base64 payload ({@code data:…;base64,…}) is
 * dropped, since its letters can spell "http" by chance while the page holds no address.
 */
public final class SelfContainedHtml {
    private static final Pattern PAYLOAD = Pattern.compile("(;base64,)[A-Za-z0-9+/=]+");

    private SelfContainedHtml() {
    }

    /** The page with every base64 payload emptied. */
    public static String withoutPayloads(String html) {
        return PAYLOAD.matcher(html).replaceAll("$1");
    }

    /** Whether the page names an address ("http") anywhere outside its base64 payloads. */
    public static boolean hasAddress(String html) {
        return withoutPayloads(html).contains("http");
    }
}
