/**
 * YAML read with its line numbers: the composed tree, typed scalars, map blocks that refuse unknown keys with the
 * closest known one, and every problem collected as {@code file:line: field: found …, allowed: …} before any is
 * thrown, so one reading reports them all.
 */
package org.plsim.io.yaml;
