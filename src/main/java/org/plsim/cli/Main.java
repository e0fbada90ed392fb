package org.plsim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code plsim} command: one class per subcommand; the only code that prints or exits.
 *
 * <p>Picocli builds a command's model from its annotations by reflection, which costs a start-up a quarter of a
 * second for all fourteen; so {@link #commandLine} builds only the one subcommand the arguments name, none for
 * {@code plsim --version}, and the whole tree (for {@code plsim --help}, {@code plsim help …}, a mistyped name)
 * otherwise.
 */
@Command(name = "plsim", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Simulates personalized-learning grant programs (RTT-D components) in an agent-based "
                + "district model on MASON, and reports projected achievement gains against business as usual.")
public final class Main implements Runnable {
    /** The subcommands by name, in the order {@code plsim --help} lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs {@code plsim args} and returns the exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        if (args.length > 0 && args[0].equals("run")) {
            RunCommand.prepareInBackground();
        }
        return commandLine(args).execute(args);
    }

    /**
     * The command line for {@code args}: the root with only the subcommand that {@code args} start with, the root
     * alone for just {@code --version}, or with every subcommand and {@code help} when they start otherwise (no
     * arguments gives the whole tree).
     */
    public static CommandLine commandLine(String... args) {
        String first = args.length > 0 ? args[0] : null;
        CommandLine cli = new CommandLine(new Main());
        if (SUBCOMMANDS.containsKey(first)) {
            cli.addSubcommand(SUBCOMMANDS.get(first).get());
        } else if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return cli.setParameterExceptionHandler(new BadArguments(SUBCOMMANDS.keySet())); // needs no subcommand
        } else {
            SUBCOMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        return cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new BadArguments(SUBCOMMANDS.keySet()));
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("cost", CostCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("evidence", EvidenceCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("sweep", SweepCommand::new);
        m.put("merge", MergeCommand::new);
        m.put("voi", VoiCommand::new);
        m.put("check", CheckCommand::new);
        m.put("status", StatusCommand::new);
        m.put("cluster", ClusterCommand::new);
        m.put("rerun", RerunCommand::new);
        m.put("reproduce", ReproduceCommand::new);
        m.put("calibrate", CalibrateCommand::new);
        m.put("explore", ExploreCommand::new);
        m.put("discover", DiscoverCommand::new);
        m.put("ceac", CeacCommand::new);
        return m;
    }
}
