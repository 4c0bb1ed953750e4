package dev.aigeo.explorer.app;

import dev.aigeo.explorer.console.ConsoleRoutes;
import dev.aigeo.explorer.explore.ExploreRoutes;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.http.ErrorMapping;
import dev.aigeo.explorer.http.Json;
import dev.aigeo.explorer.http.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/** The one factory of the web app: the server and the tests build it the same way. */
public final class ExplorerApp {

    static final long MAX_REQUEST_BYTES = 1_000_000;

    private ExplorerApp() {
    }

    /** Builds (does not start) the app for {@code config}'s host and port, reading through {@code graph}. */
    public static Javalin create(Config config, Graph graph, DatasetStatus dataset) {
        HealthRoutes health = new HealthRoutes(graph, dataset, config.embedded());
        ExploreRoutes explore = new ExploreRoutes(graph, dataset::name);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
            cfg.routes.before(SecurityHeaders::apply);
            ErrorMapping.register(cfg);
            cfg.routes.get("/api/health", health::health);
            explore.register(cfg.routes);
            new ConsoleRoutes(graph, config).register(cfg.routes);
        });
    }
}
