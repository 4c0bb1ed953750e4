package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.dataset.Manifest;
import dev.aigeo.explorer.dataset.Manifest.LabelStyle;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.Row;
import java.time.LocalDate;
import java.util.HashMap;
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
            RETURN label, count(*) AS count
            ORDER BY count DESC, label""";

    static final String TYPES = """
            MATCH ()-[r]->()
            WHERE %s
            RETURN type(r) AS type, count(*) AS count
            ORDER BY count DESC, type""";

    static final String DATASETS = """
            MATCH (d:DatasetInfo)
            RETURN d.name AS name, d.version AS version, d.title AS title, d.license AS license,
                   d.attribution AS attribution, toString(d.importedAt) AS importedAt, d.manifest AS manifest
            ORDER BY d.importedAt DESC""";

    static final String DATE_RANGE = """
            CALL () {
              MATCH ()-[r]->()
              UNWIND [r.since, r.until] AS d
              RETURN d
              UNION ALL
              MATCH (n:Entity)
              UNWIND [n.founded, n.issued, n.released, n.launched, n.date] AS d
              RETURN d
            }
            WITH d
            WHERE d IS NOT NULL
            RETURN toString(min(d)) AS from, toString(max(d)) AS to""";

    private final Graph graph;
    private final Supplier<String> preferredDataset;

    /** {@code preferredDataset} names the dataset loaded at start, shown as "the" dataset. */
    public MetaService(Graph graph, Supplier<String> preferredDataset) {
        this.graph = graph;
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
        List<LabelInfo> labels = graph.read(LABELS.formatted(AsOf.entity("n")), at, rows -> rows.stream().map(r -> {
            LabelStyle style = LabelStyles.of(r.string("label"), declared);
            return new LabelInfo(r.string("label"), r.number("count"), style.color(), style.shape());
        }).toList());
        List<TypeInfo> types = graph.read(TYPES.formatted(AsOf.relationship("r")), at,
                rows -> rows.stream().map(r -> new TypeInfo(r.string("type"), r.number("count"))).toList());
        DateRange range = graph.read(DATE_RANGE, Map.of(),
                rows -> new DateRange(rows.get(0).string("from"), rows.get(0).string("to")));
        DatasetInfo main = datasets.stream().filter(d -> d.name().equals(preferredDataset.get())).findFirst()
                .orElse(datasets.isEmpty() ? null : datasets.get(0));
        return new Meta(labels, types, main, datasets, range);
    }
}
