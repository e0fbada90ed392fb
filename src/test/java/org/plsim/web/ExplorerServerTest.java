package org.plsim.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.cli.Main;

/** The server over real HTTP on a free port: security, errors, the page's structure, exports, load. */
class ExplorerServerTest {
    private static final String PLAN = "/plan?base=tiny-grantee";
    @TempDir
    static Path dir;
    static ExplorerServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = ExplorerServer.start(TinyShipped.explorer(dir, new Explorer.Limits(2, 60_000, 200_000, 8, 2)),
                "127.0.0.1", 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close(); // and its explorer
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void theStartPage_listsTheShippedScenariosByName_escaped() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertEquals("en", d.select("html").attr("lang"));
        assertEquals("/plan?base=tiny-grantee", d.getElementById("base-tiny-grantee").attr("href"));
        assertNotNull(d.getElementById("base-all-four"));
        assertTrue(r.body().contains("Tiny grantee &lt;b&gt;&amp;&lt;/b&gt; co"), "titles are escaped");
        assertTrue(d.select("b").isEmpty());
    }

    @Test
    void everyAnswer_carriesAStrictPolicy() throws Exception {
        HttpResponse<String> r = get("/");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void aForeignHost_isForbidden_onEveryPath() throws Exception {
        for (String path : List.of("/", PLAN, "/assets/htmx.min.js", "/nothing")) {
            assertTrue(raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 403"), path);
        }
        assertTrue(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200"));
    }

    @Test
    void onlyGetAndHead_areAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(PLAN)).method(method,
                    HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), method);
        }
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
    }

    @Test
    void unknownOrPathLikeBases_are404_andBadValues422NamingTheField() throws Exception {
        for (String base : List.of("nope", "..%2F..%2Fetc%2Fpasswd", "scenarios%2Fquickstart.yaml")) {
            assertEquals(404, get("/plan?base=" + base).statusCode(), base);
        }
        HttpResponse<String> r = get(PLAN + "&components.blended_learning.rollout.coverage=1.5");
        assertEquals(422, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertEquals("components.blended_learning.rollout.coverage", d.getElementById("error-field").text());
        assertTrue(d.getElementById("error-message").text().contains("allowed: a number from 0 to 1"));
        HttpResponse<String> x = get(PLAN + "&components.blended_learning.rollout.grades=%3Cscript%3E");
        assertEquals(422, x.statusCode());
        assertFalse(x.body().contains("<script>"), "echoed values are escaped");
    }

    @Test
    void thePlanPage_hasLabelledControls_aTableForTheChart_andTheRefinedResultReplacesThePreview() throws Exception {
        String q = PLAN + "&seed=11&replicates=4";
        Document d = Jsoup.parse(get(q).body());
        for (String id : List.of("controls", "results", "headline-math", "effect-math", "ci-math", "kraft-math",
                "risk-math", "table-by-year", "table-outcomes", "table-subgroups", "evidence", "permalink",
                "export-view-html", "f-components-blended_learning-rollout-coverage", "f-seed", "f-replicates")) {
            assertNotNull(d.getElementById(id), id);
        }
        for (var input : d.select("input[type=number], input[type=checkbox], select")) {
            assertFalse(d.select("label[for=" + input.id() + "]").isEmpty(), "a label for " + input.id());
        }
        assertTrue(d.getElementById("results").hasClass("preview"));
        assertEquals("/plan/results?" + d.getElementById("permalink").attr("href").substring("/plan?".length()),
                d.getElementById("results").attr("hx-get"));
        Document full = Jsoup.parse(get(d.getElementById("results").attr("hx-get")).body());
        assertFalse(full.getElementById("results").hasClass("preview"));
        assertTrue(full.getElementById("run-facts").text().startsWith("4 simulated futures"));
        Document again = Jsoup.parse(get(q).body());
        assertFalse(again.getElementById("results").hasClass("preview"), "a kept result is shown at once");
        assertTrue(again.getElementById("risk-math").text().matches("In \\d of 4 simulated futures the year-2 effect.*"));
    }

    @Test
    void aControlChange_answersThePartAndTheNewUrl() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/plan/update?base=tiny-grantee"
                + "&components.blended_learning.adaptive_minutes_per_week.math=250")).header("HX-Request", "true")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("HX-Replace-Url").orElse("")
                .startsWith("/plan?base=tiny-grantee&components.blended_learning.adaptive_minutes_per_week.math=250&seed=7"));
        Document d = Jsoup.parse(r.body());
        assertTrue(d.getElementById("warn-components-blended_learning-adaptive_minutes_per_week-math").text()
                .contains("beyond the"), "the guard-rail sits at the control that caused it");
    }

    @Test
    void aLinkFromAnotherVersion_opensWithABanner() throws Exception {
        Document d = Jsoup.parse(get(PLAN + "&v=0.0.9&ev=abcdef").body());
        assertTrue(d.getElementById("version-banner").text().contains("another PLSim"));
        assertTrue(Jsoup.parse(get(PLAN).body()).getElementById("version-banner") == null);
    }

    @Test
    void theExport_isOneFileWithoutScript_andItsYamlRunsToTheSameSummary() throws Exception {
        String q = "?base=tiny-grantee&components.competency_progression.mastery_threshold=0.85&seed=3&replicates=3";
        HttpResponse<String> view = get("/export/view.html" + q);
        assertEquals(200, view.statusCode());
        Document d = Jsoup.parse(view.body());
        assertTrue(d.select("script").isEmpty(), "no script in an export");
        assertTrue(d.select("link[rel=stylesheet]").isEmpty() && !d.select("style").isEmpty(), "CSS inline");
        assertTrue(d.getElementById("manifest").text().contains("scenario_sha256"));
        assertNotNull(d.getElementById("effect-math"));
        byte[] summary = http.send(HttpRequest.newBuilder(uri("/export/summary.csv" + q)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Path yaml = dir.resolve("exported.yaml");
        Files.writeString(yaml, get("/export/scenario.yaml" + q).body());
        Path out = dir.resolve("rerun");
        assertEquals(0, Main.execute("run", yaml.toString(), "--out", out.toString(), "--quiet", "--no-progress"));
        assertArrayEquals(Files.readAllBytes(out.resolve("summary.csv")), summary);
    }

    /** 50 clients at once, on 2 run slots: each gets 200 or 503 (with Retry-After), none hangs. */
    @Test
    void fiftyConcurrentClients_allGet200Or503() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.add(http.sendAsync(HttpRequest.newBuilder(uri("/plan/results?base=all-four&seed=" + (100 + i % 10)))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        for (var f : all) {
            HttpResponse<String> r = f.get();
            assertTrue(r.statusCode() == 200 || r.statusCode() == 503, "status " + r.statusCode());
            if (r.statusCode() == 503) {
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            }
        }
    }

    private static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
