package org.plsim.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * A study, report or data set that parameters cite, by the short id they cite it with
 * ({@code kraft-blazar-hogan-2018}).
 *
 * @param id       lower-case letters, digits and dashes: author(s) and year, with a topic when needed
 * @param citation the full reference, APA style
 * @param grade    reliability: A, B, C or M (never {@code assumption}: an assumption cites no source)
 * @param note     how the grade or citation was arrived at, when it needs saying; may be empty
 */
public record EvidenceSource(String id, String citation, Grade grade, String note) {
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public EvidenceSource {
        note = note == null ? "" : note;
        List<Violation> found = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            found.add(new Violation(String.valueOf(id), "'" + id + "'", "an id of lower-case letters, digits and dashes"));
        }
        if (citation == null || citation.isBlank()) {
            found.add(new Violation(id + ".citation", "no citation", "the full reference"));
        }
        if (grade == null || grade == Grade.ASSUMPTION) {
            found.add(new Violation(id + ".grade", String.valueOf(grade == null ? null : grade.label()),
                    Grade.allowed(true)));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }
}
