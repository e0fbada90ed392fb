package org.plsim.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.web.Explorer;
import org.plsim.web.ExplorerServer;
import org.plsim.web.ShippedScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plsim explore}: the what-if page for grant reviewers, served on this machine until Ctrl-C. */
@Command(name = "explore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves a what-if page for grant reviewers on 127.0.0.1: pick a shipped grantee scenario, "
                + "change its plan, and see the projection, its uncertainty, cost and evidence; every view is a "
                + "link and an export. Runs until Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start", "2:bad option"})
public final class ExploreCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default ${DEFAULT-VALUE}; 0: any free one).")
    int port = 7070;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address to listen on (default ${DEFAULT-VALUE}). "
            + "Another than loopback makes the page reachable from other machines: it has no authentication.")
    String bind = "127.0.0.1";

    @Mixin
    ThreadOptions threads;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (port < 0 || port > 65_535 || threads.problem().isPresent()) {
            err.println(threads.problem().orElse("--port: found " + port + ", allowed: 0 to 65535"));
            return 2;
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            err.println("--bind: found '" + bind + "', allowed: an address of this machine, e.g. 127.0.0.1");
            return 2;
        }
        if (!loopback) {
            err.println("plsim explore: WARNING: listening on " + bind + ": anyone who can reach this machine can "
                    + "use the page and run simulations on it; it has no authentication.");
        }
        ComponentRegistry components = ComponentRegistry.discover();
        ShippedScenarios shipped = ShippedScenarios.read(ShippedScenarios.projectDir(), new ScenarioReader());
        if (shipped.isEmpty()) {
            err.println("plsim explore: no shipped scenarios under " + ShippedScenarios.projectDir().resolve("scenarios")
                    + " (start it from the project folder)");
            return 1;
        }
        Explorer explorer = new Explorer(shipped, components, EvidenceRegistry.builtIn(), threads.threads(),
                Explorer.Limits.DEFAULT);
        ExplorerServer server = ExplorerServer.start(explorer, bind, port);
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.println("PLSim explorer: http://" + host + ":" + server.port() + "/  (Ctrl-C stops it)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close(); // and its explorer
            stopped.countDown();
        }, "plsim-explore-stop"));
        stopped.await();
        return 0;
    }
}
