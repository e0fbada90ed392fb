package org.plsim.model.component;

/**
 * The values of one setting that the evidence behind a component studied: a plan inside it is projected from
 * what studies saw; a plan above {@code high} is still run but flagged ({@link GrantComponentFactory#beyondEvidence}).
 * The explorer shows it beside the setting's control.
 *
 * @param key    path inside the component's block, as {@link SettingField#key}
 * @param low    the least studied value, in the setting's unit
 * @param high   the most studied value
 * @param source who studied it, in a few words, e.g. "Cheung &amp; Slavin 2013"
 */
public record StudiedRange(String key, double low, double high, String source) {
    public StudiedRange {
        if (!(low <= high)) {
            throw new IllegalArgumentException(key + ": studied range " + low + " to " + high + " is empty");
        }
    }

    /** Whether {@code value} lies above the studied values. */
    public boolean exceededBy(double value) {
        return value > high;
    }
}
