/**
 * The {@code plsim} command line (picocli): one class per subcommand that parses, calls
 * {@link org.plsim.workflow} and the layers below, and prints; options several commands share are one mixin
 * each ({@link org.plsim.cli.OutputOptions}, {@link org.plsim.cli.ThreadOptions}), so they read and fail alike.
 * The only code that prints to the console or exits.
 */
package org.plsim.cli;
