package org.plsim.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.web.Explorer;
import org.plsim.web.ExplorerServer;
import org.plsim.web.ShippedScenarios;

/**
 * The explorer as a reviewer meets it: a server on 127.0.0.1 ({@value PreviewBench#THREADS} threads, as
 * {@code plsim explore} on this machine kind), asked over HTTP as htmx asks it. Per grantee of up to 30,000
 * students (smallest first), each pass changes the seed (a plan never seen: the preview runs), fetches the
 * full result, then asks the changed view again (an exact cache hit). One untimed pass first.
 */
final class ExplorerBench {
    private final BenchConfig config;
    private final BenchHost host;
    private final Consumer<String> progress;

    ExplorerBench(BenchConfig config, BenchHost host, Consumer<String> progress) {
        this.config = config;
        this.host = host;
        this.progress = progress;
    }

    List<WorkloadRow> measure() throws java.io.IOException, InterruptedException {
        ShippedScenarios shipped = ShippedScenarios.read(host.projectDir(), new ScenarioReader());
        List<ShippedScenarios.Entry> grantees = new ArrayList<>(shipped.all().stream()
                .filter(e -> !e.name().equals(ShippedScenarios.GENERIC))
                .filter(e -> e.spec().district().students() <= PreviewBench.SMALL_GRANTEE_STUDENTS)
                .sorted(Comparator.comparingLong((ShippedScenarios.Entry e) -> e.spec().district().students()))
                .toList());
        if (config.previewScenarios() > 0 && grantees.size() > config.previewScenarios()) {
            grantees = new ArrayList<>(grantees.subList(0, config.previewScenarios()));
        }
        Explorer explorer = new Explorer(shipped, host.registry(), EvidenceRegistry.builtIn(), PreviewBench.THREADS,
                Explorer.Limits.DEFAULT);
        ExplorerServer server = ExplorerServer.start(explorer, "127.0.0.1", 0);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            int n = config.repetitions();
            double[] preview = new double[grantees.size() * n];
            double[] hit = new double[grantees.size() * n];
            progress.accept(String.format(Locale.ROOT, "explorer: warm-up pass over %d grantees", grantees.size()));
            for (ShippedScenarios.Entry e : grantees) {
                ask(http, server, "/plan/update?base=" + e.name() + "&seed=1");
            }
            for (int pass = 0; pass < n; pass++) {
                progress.accept(String.format(Locale.ROOT, "explorer: timed pass %d of %d", pass + 1, n));
                for (int i = 0; i < grantees.size(); i++) {
                    String view = "base=" + grantees.get(i).name() + "&seed=" + (1000 + pass);
                    preview[pass * grantees.size() + i] = ask(http, server, "/plan/update?" + view);
                    ask(http, server, "/plan/results?" + view);
                    hit[pass * grantees.size() + i] = ask(http, server, "/plan/update?" + view);
                }
            }
            long students = grantees.stream().mapToLong(e -> e.spec().district().students()).max().orElse(0);
            String which = String.format(Locale.ROOT, "%d grantees ≤ %,d students", grantees.size(),
                    PreviewBench.SMALL_GRANTEE_STUDENTS);
            return List.of(row("preview after a control change, " + which, WorkloadRow.Role.EXPLORER_PREVIEW,
                    students, preview), row("exact cache hit, " + which, WorkloadRow.Role.EXPLORER_HIT, students, hit));
        } finally {
            server.close(); // and its explorer
        }
    }

    /** Seconds for one htmx request, answered 200. */
    private static double ask(HttpClient http, ExplorerServer server, String path)
            throws java.io.IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("HX-Request", "true").timeout(Duration.ofSeconds(120)).build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        double s = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the explorer answered " + r.statusCode() + " to " + path);
        }
        return s;
    }

    private static WorkloadRow row(String label, WorkloadRow.Role role, long students, double[] seconds) {
        return new WorkloadRow(Workload.EXPLORER, label, role, students, seconds.length, WorkloadRow.Unit.SECONDS,
                Samples.median(seconds), Samples.p95(seconds), Samples.max(seconds), Double.NaN, Double.NaN,
                Double.NaN);
    }
}
