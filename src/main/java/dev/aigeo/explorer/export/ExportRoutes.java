package dev.aigeo.explorer.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.graph.Elements;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.http.Json;
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
 * {@code GET /api/export?format=json|graphml|csv|cypher|snapshot&ids=…}: the subgraph of the given entities with
 * the sources its relationships cite, as a download; {@code snapshot} also keeps the {@code request} that made it.
 */
public final class ExportRoutes {

    /** The JSON export: graph payload, the sources, the datasets and when. */
    record ExportJson(List<Elements.Element> nodes, List<Elements.Element> edges, List<Map<String, Object>> sources,
            Map<String, Object> dataset, String bibliography, String exportedAt) {
    }

    private static final ObjectMapper JSON = Json.mapper();

    private final SubgraphLoader loader;
    private final Clock clock;

    public ExportRoutes(Graph graph, Clock clock) {
        this.loader = new SubgraphLoader(graph);
        this.clock = clock;
    }

    /** The body of {@code POST /api/export}, for views with more ids than a URL holds. */
    record ExportRequest(String format, List<String> ids, String request, String name) {
    }

    static final List<String> FORMATS = List.of("json", "graphml", "csv", "cypher", "snapshot");

    public void register(RoutesConfig routes) {
        routes.get("/api/export", ctx -> {
            QueryParams params = new QueryParams(ctx);
            export(ctx, new ExportRequest(params.choice("format", "json", FORMATS), params.list("ids"),
                    params.optional("request"), params.optional("name")));
        });
        routes.post("/api/export", ctx -> {
            ExportRequest body = parse(ctx.body());
            String format = body.format() == null ? "json" : body.format();
            if (!FORMATS.contains(format)) {
                throw ApiException.badRequest("format must be one of " + String.join(", ", FORMATS));
            }
            export(ctx, new ExportRequest(format, body.ids() == null ? null : body.ids().stream().distinct().toList(),
                    body.request(), body.name()));
        });
    }

    private static ExportRequest parse(String body) {
        try {
            return JSON.readValue(body, ExportRequest.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body must be {\"format\", \"ids\": [...], \"request\"}: "
                    + e.getOriginalMessage());
        }
    }

    private void export(Context ctx, ExportRequest export) {
        String format = export.format();
        Subgraph subgraph = loader.load(export.ids());
        String exportedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS).toString();
        String bibliography = Bibliography.text(subgraph, exportedAt);
        switch (format) {
            case "graphml" -> download(ctx, "export.graphml", "application/graphml+xml",
                    GraphmlExport.xml(subgraph, bibliography));
            case "csv" -> download(ctx, "export.zip", "application/zip", CsvExport.zip(subgraph,
                    export.name() == null ? "export" : export.name(), exportedAt.substring(0, 10)));
            case "cypher" -> download(ctx, "export.cypher", "text/plain; charset=utf-8",
                    CypherExport.script(subgraph, bibliography).getBytes(StandardCharsets.UTF_8));
            case "snapshot" -> download(ctx, "snapshot.zip", "application/zip", Snapshot.zip(subgraph,
                    json(subgraph, bibliography, exportedAt), GraphmlExport.xml(subgraph, bibliography),
                    bibliography, checkedRequest(export.request()), exportedAt));
            default -> {
                ctx.header("Content-Disposition", "attachment; filename=\"export.json\"");
                ctx.jsonStream(json(subgraph, bibliography, exportedAt));
            }
        }
    }

    /** The request that made the view (a page URL or an API call), kept in a snapshot so it can be re-run. */
    private static String checkedRequest(String request) {
        if (request != null && request.length() > 8_000) {
            throw ApiException.badRequest("request may be at most 8000 characters");
        }
        return request;
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
