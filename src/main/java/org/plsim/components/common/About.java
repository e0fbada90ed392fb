package org.plsim.components.common;

import org.plsim.model.component.Basis;

/**
 * What the settings reference says about one key besides its default and range, given where the key is
 * read so that documentation and the value applied sit on the same line of code.
 *
 * @param unit    what the value counts
 * @param meaning one line: what the setting does
 * @param basis   why the default is what it is
 */
public record About(Unit unit, String meaning, Basis basis) {
}
