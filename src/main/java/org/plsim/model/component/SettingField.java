package org.plsim.model.component;

/**
 * One key a component reads from its scenario block, as the settings reference documents it: what the
 * component's own settings reader applies when the key is absent, what it accepts, and why.
 *
 * @param key      path inside the component's block, e.g. {@code rollout.coverage}
 * @param unit     what the number counts, e.g. "minutes per week"
 * @param range    what the reader accepts, e.g. "0–300"
 * @param fallback the default, as a scenario would write it
 * @param meaning  one line: what the setting does
 * @param basis    where the default comes from
 */
public record SettingField(String key, String unit, String range, String fallback, String meaning, Basis basis) {
}
