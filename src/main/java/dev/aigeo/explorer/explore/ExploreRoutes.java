package dev.aigeo.explorer.explore;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.http.ClientSlots;
import dev.aigeo.explorer.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code /api/meta}, {@code /api/search}, {@code /api/entities/{id}} and its {@code /neighbors}. */
public final class ExploreRoutes {

    /** An answer with, when {@code explain=true}, the Cypher and parameters behind it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Explained(@JsonUnwrapped Object value, String cypher, Map<String, Object> params) {
    }

    record SearchResults(List<SearchService.Result> results) {
    }

    private final MetaService meta;
    private final SearchService search;
    private final EntityService entities;
    private final NeighborsService neighbors;
    private final PathService paths;
    private final SchemaNames names;
    private final ClientSlots pathSlots = new ClientSlots(2, "path searches");

    public ExploreRoutes(Graph graph, Supplier<String> startupDataset) {
        this.meta = new MetaService(graph, startupDataset);
        this.search = new SearchService(graph);
        this.entities = new EntityService(graph);
        this.neighbors = new NeighborsService(graph);
        this.paths = new PathService(graph);
        this.names = new SchemaNames(graph);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/meta", ctx -> ctx.jsonStream(meta.meta(AsOf.parse(new QueryParams(ctx).optional("asOf")))));
        routes.get("/api/search", this::search);
        routes.get("/api/entities/{id}", this::entity);
        routes.get("/api/entities/{id}/neighbors", this::neighbors);
        routes.get("/api/paths", this::paths);
    }

    private void search(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String q = params.required("q");
        List<String> labels = names.checkLabels(params.list("labels"));
        int limit = params.integer("limit", 10, 1, 50);
        QueryAnswer<List<SearchService.Result>> answer = search.search(q, labels, limit);
        respond(ctx, params, new QueryAnswer<>(new SearchResults(answer.value()), answer.cypher(), answer.params()));
    }

    private void entity(Context ctx) {
        respond(ctx, new QueryParams(ctx), entities.entity(ctx.pathParam("id")));
    }

    private void neighbors(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        NeighborsService.Direction direction = NeighborsService.Direction.valueOf(
                params.choice("direction", "both", List.of("out", "in", "both")).toUpperCase(java.util.Locale.ROOT));
        var request = new NeighborsService.Request(ctx.pathParam("id"), direction,
                names.checkTypes(params.list("types")), names.checkLabels(params.list("labels")),
                params.integer("limit", 100, 1, 500), AsOf.parse(params.optional("asOf")));
        respond(ctx, params, neighbors.neighbors(request));
    }

    private void paths(Context ctx) {
        PathRequest request = PathRequest.from(new QueryParams(ctx), names);
        try (ClientSlots.Slot slot = pathSlots.take(ctx)) {
            ctx.jsonStream(paths.paths(request));
        }
    }

    private static void respond(Context ctx, QueryParams params, QueryAnswer<?> answer) {
        ctx.jsonStream(params.flag("explain")
                ? new Explained(answer.value(), answer.cypher(), answer.params())
                : answer.value());
    }
}
