package dev.aigeo.explorer.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.app.Config;
import dev.aigeo.explorer.graph.AdHocCypher;
import dev.aigeo.explorer.graph.CypherErrorException;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.http.ClientSlots;
import dev.aigeo.explorer.http.Json;
import dev.aigeo.explorer.http.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /api/cypher}, the public read-only Cypher console, and {@code GET /api/queries}, its query library.
 * A console query runs only after the statement gate has read its plan, within {@code CYPHER_TIMEOUT_SECONDS},
 * up to the row limit, and at most {@value #QUERIES_PER_CLIENT} at a time for each client address.
 */
public final class ConsoleRoutes {

    static final int QUERIES_PER_CLIENT = 2;

    private final ConsoleService console;
    private final ClientSlots slots = new ClientSlots(QUERIES_PER_CLIENT, "console queries");
    private final ObjectMapper json = Json.mapper();
    private final List<LibraryQuery> library = QueryLibrary.load(QueryLibrary.FOLDER, json);

    public ConsoleRoutes(Graph graph, Config config) {
        this.console = new ConsoleService(new AdHocCypher(graph, config.cypherTimeout()),
                new StatementGate(config.neo4jDatabase()));
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/cypher", this::cypher);
        routes.get("/api/queries", ctx -> ctx.jsonStream(library));
        routes.exception(CypherErrorException.class, (e, ctx) -> {
            ctx.status(CypherErrorProblem.STATUS);
            ctx.jsonStream(CypherErrorProblem.of(e));
            ctx.contentType(Problem.CONTENT_TYPE);
        });
    }

    private void cypher(Context ctx) {
        ConsoleRequest request = ConsoleRequest.parse(ctx.bodyAsBytes(), json);
        try (ClientSlots.Slot slot = slots.take(ctx)) {
            ctx.jsonStream(console.run(request));
        }
    }
}
