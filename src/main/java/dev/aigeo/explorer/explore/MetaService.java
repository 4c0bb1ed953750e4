package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.dataset.DateSpan;
import dev.aigeo.explorer.dataset.Manifest;
import dev.aigeo.explorer.dataset.Manifest.LabelStyle;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.Row;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the graph holds: labels with counts and styles, relationship types, datasets and the span of dates. */
public final class MetaService {

    public record LabelInfo(String name, long count, String color, String shape) {
    }

    public record TypeInfo(String name, long count) {
    }

    public record DatasetInfo(String name, String version, String title, String license, String attribution,
            String importedAt) {
    }

    public record DateRange(String from, String to) {
    }

    public record Meta(List<LabelInfo> labels, List<TypeInfo> relationshipTypes, DatasetInfo dataset,
            List<DatasetInfo> datasets, DateRange dateRange) {
    }

    static final String LABELS = """
            MATCH (n:Entity)
            WHERE %s
            UNWIND labels(n) AS label
            WITH label
            WHERE label <> 'Entity'
            RETURN label AS name, count(*) AS count
            ORDER BY count DESC, name""";

    static final String TYPES = """
            MATCH ()-[r]->()
            WHERE %s
            RETURN type(r) AS name, count(*) AS count
            ORDER BY count DESC, name""";

    static final String DATASETS = """
            MATCH (d:DatasetInfo)
            RETURN d.name AS name, d.version AS version, d.title AS title, d.license AS license,
                   d.attribution AS attribution, toString(d.importedAt) AS importedAt, d.manifest AS manifest
            ORDER BY d.importedAt DESC""";

    /** The span each import recorded (older imports did not: then {@link #SCANNED_DATE_RANGE}). */
    static final String DATE_RANGE = """
            MATCH (d:DatasetInfo)
            RETURN count(d) = count(d.dateSpanKnown) AS known,
                   toString(min(d.dateFrom)) AS from, toString(max(d.dateTo)) AS to""";

    static final String SCANNED_DATE_RANGE = """
            CALL () {
              MATCH ()-[r]->()
              UNWIND [%s] AS d
              RETURN d
              UNION ALL
              MATCH (n:Entity)
              UNWIND [%s] AS d
              RETURN d
            }
            WITH d
            WHERE d IS NOT NULL
            RETURN true AS known, toString(min(d)) AS from, toString(max(d)) AS to""".formatted(
            AsOf.properties("r", DateSpan.RELATIONSHIP_DATES), AsOf.properties("n", DateSpan.ENTITY_DATES));

    private final Graph graph;
    private final MetaCounts counts;
    private final Supplier<String> preferredDataset;

    /** {@code preferredDataset} names the dataset loaded at start, shown as "the" dataset. */
    public MetaService(Graph graph, Supplier<String> preferredDataset) {
        this.graph = graph;
        this.counts = new MetaCounts(graph);
        this.preferredDataset = preferredDataset;
    }

    /** What the graph holds; with {@code asOf}, counting only entities and relationships valid on that date. */
    public Meta meta(LocalDate asOf) {
        Map<String, Object> at = new HashMap<>();
        at.put("asOf", asOf);
        List<Row> datasetRows = graph.read(DATASETS, Map.of());
        Map<String, LabelStyle> declared = new HashMap<>();
        List<DatasetInfo> datasets = datasetRows.stream().map(r -> {
            declared.putAll(Manifest.fromJson(r.string("manifest")).labels());
            return new DatasetInfo(r.string("name"), r.string("version"), r.string("title"), r.string("license"),
                    r.string("attribution"), r.string("importedAt"));
        }).toList();
        Map<String, Long> labelCounts = asOf == null ? counts.labels()
                : scanned(LABELS.formatted(AsOf.entity("n", asOf)), at);
        List<LabelInfo> labels = labelCounts.entrySet().stream().map(e -> {
            LabelStyle style = LabelStyles.of(e.getKey(), declared);
            return new LabelInfo(e.getKey(), e.getValue(), style.color(), style.shape());
        }).toList();
        Map<String, Long> typeCounts = asOf == null ? counts.types()
                : scanned(TYPES.formatted(AsOf.relationship("r", asOf)), at);
        List<TypeInfo> types = typeCounts.entrySet().stream().map(e -> new TypeInfo(e.getKey(), e.getValue())).toList();
        DateRange range = graph.read(DATE_RANGE, Map.of(), MetaService::range);
        if (range == null) {
            range = graph.read(SCANNED_DATE_RANGE, Map.of(), MetaService::range);
        }
        DatasetInfo main = datasets.stream().filter(d -> d.name().equals(preferredDataset.get())).findFirst()
                .orElse(datasets.isEmpty() ? null : datasets.get(0));
        return new Meta(labels, types, main, datasets, range);
    }

    /** Name → count, in the query's order (counts of what was valid on a date need a scan). */
    private Map<String, Long> scanned(String cypher, Map<String, Object> params) {
        return graph.read(cypher, params, rows -> {
            Map<String, Long> counted = new LinkedHashMap<>();
            rows.forEach(r -> counted.put(r.string("name"), r.number("count")));
            return counted;
        });
    }

    private static DateRange range(List<Row> rows) {
        return rows.get(0).flag("known") ? new DateRange(rows.get(0).string("from"), rows.get(0).string("to")) : null;
    }
}
