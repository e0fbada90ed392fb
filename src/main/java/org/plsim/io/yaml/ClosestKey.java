package org.plsim.io.yaml;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The "did you mean" of an unknown key: the known key fewest edits away, if it is close enough to be a
 * slip rather than a different word — one edit for keys of up to three letters ({@code id}), two for
 * longer ones ({@code classSize} → {@code class_size}), a quarter of the length for the longest.
 */
public final class ClosestKey {
    private ClosestKey() {
    }

    /** The closest of {@code known} to {@code key}, or null when none is close. */
    public static String among(String key, Collection<String> known) {
        String typed = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = new LevenshteinDistance(slips(candidate)).apply(typed, candidate);
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int slips(String candidate) {
        return candidate.length() <= 3 ? 1 : Math.max(2, candidate.length() / 4);
    }
}
