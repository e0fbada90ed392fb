package org.plsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: being written. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not yet implemented)")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not yet implemented");
        return 1;
    }
}
