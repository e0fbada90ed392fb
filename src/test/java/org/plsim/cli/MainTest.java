package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@link Main} builds only what the arguments need: one subcommand, none for the version, all for help. */
class MainTest {
    @Test
    void version_buildsNoSubcommand_andPrintsTheVersion() {
        for (String flag : new String[] {"--version", "-V"}) {
            CommandLine cli = Main.commandLine(flag);
            assertTrue(cli.getSubcommands().isEmpty(), flag);
            StringWriter out = new StringWriter();
            assertEquals(0, cli.setOut(new PrintWriter(out)).execute(flag));
            assertTrue(out.toString().startsWith("PLSim "), out.toString());
        }
    }

    @Test
    void aNamedSubcommand_isTheOnlyOneBuilt_andNoArgumentsBuildTheWholeTree() {
        assertEquals(java.util.Set.of("run"), Main.commandLine("run", "x.yaml").getSubcommands().keySet());
        assertTrue(Main.commandLine().getSubcommands().containsKey("help"));
        assertTrue(Main.commandLine("--version", "run").getSubcommands().containsKey("run"));
    }
}
