package dev.aigeo.explorer.export;

import dev.aigeo.explorer.graph.Elements;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/export?format=json|graphml|csv|cypher&ids=…}: the subgraph of the given entities with the
 * sources its relationships cite, as a download.
 */
public final class ExportRoutes {

    /** The JSON export: graph payload, the sources, the datasets and when. */
    record ExportJson(List<Elements.Element> nodes, List<Elements.Element> edges, List<Map<String, Object>> sources,
            Map<String, Object> dataset, String bibliography, String exportedAt) {
    }

    private final SubgraphLoader loader;
    private final Clock clock;

    public ExportRoutes(Graph graph, Clock clock) {
        this.loader = new SubgraphLoader(graph);
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/export", this::export);
    }

    private void export(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String format = params.choice("format", "json", List.of("json", "graphml", "csv", "cypher"));
        Subgraph subgraph = loader.load(params.list("ids"));
        String exportedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS).toString();
        String bibliography = Bibliography.text(subgraph, exportedAt);
        switch (format) {
            case "graphml" -> download(ctx, "export.graphml", "application/graphml+xml",
                    GraphmlExport.xml(subgraph, bibliography));
            case "csv" -> download(ctx, "export.zip", "application/zip", CsvExport.zip(subgraph,
                    nameParam(params), exportedAt.substring(0, 10)));
            case "cypher" -> download(ctx, "export.cypher", "text/plain; charset=utf-8",
                    CypherExport.script(subgraph, bibliography).getBytes(StandardCharsets.UTF_8));
            default -> {
                ctx.header("Content-Disposition", "attachment; filename=\"export.json\"");
                ctx.json(json(subgraph, bibliography, exportedAt));
            }
        }
    }

    private static String nameParam(QueryParams params) {
        String name = params.optional("name");
        return name == null ? "export" : name;
    }

    private static ExportJson json(Subgraph subgraph, String bibliography, String exportedAt) {
        Elements elements = Elements.of(subgraph.nodes(), subgraph.edges());
        List<Map<String, Object>> sources = subgraph.sources().stream().map(ExportRoutes::source).toList();
        Map<String, Object> dataset = new LinkedHashMap<>();
        subgraph.datasets().stream().findFirst().ifPresent(m -> {
            dataset.put("name", m.name());
            dataset.put("version", m.version());
            dataset.put("license", m.license());
            dataset.put("attribution", m.attribution());
        });
        return new ExportJson(elements.nodes(), elements.edges(), sources, dataset, bibliography, exportedAt);
    }

    private static Map<String, Object> source(GraphNode node) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", node.id());
        source.putAll(node.properties());
        source.put("citation", Bibliography.entry(node));
        return source;
    }

    private static void download(Context ctx, String filename, String type, byte[] body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.contentType(type);
        ctx.result(body);
    }
}
