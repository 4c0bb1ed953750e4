package dev.aigeo.explorer.bench;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neo4j.driver.Driver;

/**
 * The least an HTTP API could add to a query: a bare Javalin route ({@code GET /floor/{n}}) that runs the n-th
 * registered Cypher through the driver as the benchmarks do and answers only the row count — no checks, no
 * mapping, no JSON. The API's time minus this is what the explorer's own work costs.
 */
final class HttpFloor implements AutoCloseable {

    private record Query(String cypher, Map<String, Object> params) {
    }

    private final List<Query> queries = new CopyOnWriteArrayList<>();
    private final Javalin server;

    private HttpFloor(Driver driver) {
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "localhost";
            config.jetty.port = 0;
            config.routes.get("/floor/{n}", ctx -> {
                Query query = queries.get(Integer.parseInt(ctx.pathParam("n")));
                ctx.result(String.valueOf(BenchSupport.direct(driver, query.cypher(), query.params())));
            });
        });
    }

    static HttpFloor start(Driver driver) {
        HttpFloor floor = new HttpFloor(driver);
        floor.server.start();
        return floor;
    }

    /** Registers a query; the path that runs it. */
    String route(String cypher, Map<String, Object> params) {
        queries.add(new Query(cypher, params));
        return "/floor/" + (queries.size() - 1);
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
