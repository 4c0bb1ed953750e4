package dev.aigeo.explorer.app;

import dev.aigeo.explorer.admin.AdminAuth;
import dev.aigeo.explorer.admin.AdminImportRoutes;
import dev.aigeo.explorer.console.ConsoleRoutes;
import dev.aigeo.explorer.explore.ExploreRoutes;
import dev.aigeo.explorer.export.ExportRoutes;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.http.ErrorMapping;
import dev.aigeo.explorer.http.Json;
import dev.aigeo.explorer.http.SecurityHeaders;
import dev.aigeo.explorer.http.Utf8JsonMapper;
import dev.aigeo.explorer.stories.Story;
import dev.aigeo.explorer.stories.StoryRoutes;
import dev.aigeo.explorer.stories.StoryService;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;

/** The one factory of the web app: the server and the tests build it the same way. */
public final class ExplorerApp {

    static final long MAX_REQUEST_BYTES = 1_000_000;
    /** Largest zipped dataset an admin may upload (it may unpack to 20 times that). */
    static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

    private ExplorerApp() {
    }

    /** Builds (does not start) the app for {@code config}'s host and port, reading through {@code graph}. */
    public static Javalin create(Config config, Graph graph, DatasetStatus dataset) {
        HealthRoutes health = new HealthRoutes(graph, dataset, config.embedded());
        ExploreRoutes explore = new ExploreRoutes(graph, dataset::name);
        ExportRoutes export = new ExportRoutes(graph, Clock.systemUTC());
        AdminAuth admin = new AdminAuth(config.adminToken());
        AdminImportRoutes adminImport = new AdminImportRoutes(graph, admin, MAX_UPLOAD_BYTES);
        StoryRoutes stories = new StoryRoutes(new StoryService(graph, Clock.systemUTC()), admin,
                () -> new Story.DatasetRef(dataset.name(), dataset.version()));
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            cfg.jsonMapper(new Utf8JsonMapper(Json.mapper()));
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
            export.register(cfg.routes);
            adminImport.register(cfg.routes);
            stories.register(cfg.routes);
            new ConsoleRoutes(graph, config).register(cfg.routes);
        });
    }
}
