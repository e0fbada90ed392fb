package org.plsim.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The explorer's HTTP server (Javalin on Jetty): GET and HEAD only, no side effects, no request log. Every
 * request must name a loopback host or the bound address (a DNS-rebinding page cannot); every response carries
 * a strict Content-Security-Policy. Routes: {@code /} the scenarios, {@code /plan} a view, {@code /plan/update}
 * and {@code /plan/results} its htmx parts, {@code /export/FILE} its files, {@code /assets/…} this jar's files.
 */
public final class ExplorerServer implements AutoCloseable {
    /** No 'unsafe-inline' anywhere: the inline SVG charts colour themselves with presentation attributes. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of("explore.css", "text/css", "explore.js", "text/javascript",
            "htmx.min.js", "text/javascript");
    private static final String HTMX = "/META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    private final Javalin app;
    private final Routes routes;

    private ExplorerServer(Javalin app, Routes routes) {
        this.app = app;
        this.routes = routes;
    }

    /**
     * Starts serving {@code explorer} on {@code host}:{@code port} (0: any free port). The server owns the
     * explorer from here on: {@link #close} closes both, and a server that cannot start closes it at once.
     *
     * @param host a loopback address, unless the caller has warned that the page has no authentication
     */
    public static ExplorerServer start(Explorer explorer, String host, int port) {
        String bound = host.toLowerCase(Locale.ROOT);
        Set<String> hosts = new java.util.HashSet<>(List.of("localhost", "127.0.0.1", "[::1]", bound,
                bound.contains(":") ? "[" + bound + "]" : bound));
        Routes routes = new Routes(explorer);
        Javalin app;
        try {
            app = create(routes, host, port, hosts).start();
        } catch (RuntimeException e) {
            explorer.close();
            throw e;
        }
        return new ExplorerServer(app, routes);
    }

    private static Javalin create(Routes routes, String host, int port, Set<String> hosts) {
        return Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.generateEtags = false;
            config.routes.before(ctx -> guard(ctx, hosts));
            route(config.routes, "/", routes::start);
            route(config.routes, "/plan", routes::plan);
            route(config.routes, "/plan/update", routes::update);
            route(config.routes, "/plan/results", routes::results);
            route(config.routes, "/export/{file}", routes::export);
            route(config.routes, "/assets/{name}", ExplorerServer::asset);
            config.routes.exception(Refusal.class, (e, ctx) -> refuse(ctx, e));
            config.routes.exception(Explorer.Busy.class, (e, ctx) -> {
                ctx.header("Retry-After", "5");
                refuse(ctx, new Refusal(503, "Busy", "", e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> refuse(ctx, new Refusal(500, "Something went wrong",
                    "", "The explorer could not answer this request (" + e.getClass().getSimpleName() + ").")));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    refuse(ctx, new Refusal(404, "No such page", "", "There is no page at this address."));
                }
            });
        });
    }

    public int port() {
        return app.port();
    }

    public Explorer explorer() {
        return routes.explorer();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            routes.explorer().close();
        }
    }

    private static void route(io.javalin.config.RoutesConfig r, String path, Handler h) {
        r.get(path, h);
        r.addHttpHandler(HandlerType.HEAD, path, h);
    }

    /** Security before anything: the host allow-list (403), GET or HEAD only (405), the headers of every answer. */
    private static void guard(Context ctx, Set<String> hosts) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(hostName(host))) {
            throw new Refusal(403, "Forbidden", "", "This page answers only to localhost (its address is "
                    + "checked against DNS rebinding).");
        }
        String method = ctx.req().getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ctx.header("Allow", "GET, HEAD");
            throw new Refusal(405, "Method not allowed", "", "The explorer only reads: GET and HEAD.");
        }
    }

    /** The host part of a Host header, lower-case, without the port. */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    static void refuse(Context ctx, Refusal r) {
        ctx.status(r.status());
        if (ctx.header("HX-Request") != null) {
            ctx.html("<section id=\"results\" class=\"results\" aria-live=\"polite\"><h2 id=\"results-heading\">"
                    + Html.esc(r.title()) + "</h2><p id=\"error-message\" role=\"alert\">" + Html.esc(r.getMessage())
                    + "</p></section>\n");
        } else {
            ctx.html(Page.error(r));
        }
    }

    private static void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new Refusal(404, "No such file", "", "There is no file at this address.");
        }
        byte[] body = name.equals("htmx.min.js") ? htmx() : Page.resource(name).getBytes(StandardCharsets.UTF_8);
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Cache-Control", "max-age=3600");
        ctx.result(body);
    }

    private static byte[] htmx() {
        try (var in = ExplorerServer.class.getResourceAsStream(HTMX)) {
            if (in == null) {
                throw new IllegalStateException(HTMX + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> assets() {
        return List.copyOf(ASSETS.keySet());
    }
}
