package org.plsim.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.plsim.io.yaml.ClosestKey;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What {@code plsim} says about arguments it cannot use, in the project's {@code field: found …, allowed: …}
 * words and without the whole usage text: an unknown command or a misspelt option gets a "did you mean", a bad
 * value names its option. Exit 2, as for every bad input.
 *
 * <p>Commands are matched on their own terms ({@code rnu} is {@code run} with two letters swapped), since the
 * {@link Main} table holds only twelve short, distinct names; options by {@link ClosestKey}, as scenario keys are.
 */
final class BadArguments implements IParameterExceptionHandler {
    private static final Pattern INVALID_VALUE = Pattern.compile("Invalid value for option '([^']+)': (.*)",
            Pattern.DOTALL);

    private final Collection<String> commands;

    /** @param commands the subcommand names, in the order {@code plsim --help} lists them */
    BadArguments(Collection<String> commands) {
        this.commands = List.copyOf(commands);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(cli.getCommandSpec().qualifiedName() + ": " + message(ex, cli.getCommandSpec()));
        err.println("(" + help(cli.getCommandSpec()) + ")");
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String message(ParameterException ex, CommandSpec spec) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) {
                String closest = first.length() > 2 ? ClosestKey.among(first, spec.optionsMap().keySet()) : null;
                return "unknown option '" + first + "'" + (closest != null ? "; did you mean " + closest + "?"
                        : "; allowed: " + String.join(", ", spec.optionsMap().keySet()));
            }
            if (spec.parent() == null && !spec.subcommands().isEmpty()) {
                String closest = closestCommand(first);
                return "unknown command '" + first + "'" + (closest != null ? "; did you mean " + closest + "?"
                        : "; allowed: " + String.join(", ", commands));
            }
        }
        Matcher m = INVALID_VALUE.matcher(ex.getMessage());
        return m.matches() ? m.group(1) + ": " + m.group(2) : ex.getMessage();
    }

    private static String help(CommandSpec spec) {
        return spec.parent() == null ? "plsim --help lists the commands"
                : "plsim help " + spec.name() + " lists its options";
    }

    /** The command a slip away: a swap of letters, or one edit (two for names of more than three letters). */
    String closestCommand(String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : commands) {
            int allowed = name.length() <= 3 ? 1 : 2;
            int d = anagram(typed, name) ? 1 : new LevenshteinDistance(allowed).apply(typed, name);
            if (d >= 0 && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean anagram(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }
}
