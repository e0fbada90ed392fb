package org.plsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plsim} command: one class per subcommand; the only code that prints or exits. */
@Command(name = "plsim", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Simulates personalized-learning grant programs (RTT-D components) in an agent-based "
                + "district model on MASON, and reports projected achievement gains against business as usual.",
        subcommands = {RunCommand.class, CompareCommand.class, ValidateCommand.class, EvidenceCommand.class, BenchCommand.class,
                SweepCommand.class, MergeCommand.class, StatusCommand.class, RerunCommand.class, ReproduceCommand.class, CalibrateCommand.class,
                ExploreCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
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
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
