/**
 * The {@code plsim} command line (picocli): one class per subcommand that parses, calls the layers below and
 * prints; the only code that prints to the console or exits.
 */
package org.plsim.cli;
