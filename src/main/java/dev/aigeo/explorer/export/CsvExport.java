package dev.aigeo.explorer.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aigeo.explorer.dataset.Vocabulary;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A subgraph as a zip in the dataset format (dataset-format.md), re-importable as it is: one node file per
 * primary label, one relationship file per type, and a manifest declaring whatever lies outside the ontology.
 */
final class CsvExport {

    private static final Set<String> NODE_SKIP = Set.of("name", "dataset");
    private static final List<String> EDGE_FIXED = List.of("sources", "confidence", "since", "until", "key");
    private static final Set<String> EDGE_SKIP = Set.of("sources", "confidence", "since", "until", "key", "dataset");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CsvExport() {
    }

    static byte[] zip(Subgraph subgraph, String name, String version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, List<GraphNode>> byLabel = group(subgraph.allNodes(), GraphNode::label);
            for (var entry : byLabel.entrySet()) {
                entry(zip, "nodes/" + entry.getKey() + ".csv", nodeFile(entry.getValue()));
            }
            Map<String, List<GraphEdge>> byType = group(subgraph.edges(), GraphEdge::type);
            for (var entry : byType.entrySet()) {
                entry(zip, "relationships/" + entry.getKey() + ".csv", edgeFile(entry.getValue()));
            }
            entry(zip, "dataset.json", JSON.writeValueAsBytes(manifest(subgraph, name, version)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new TreeMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return groups;
    }

    private static byte[] nodeFile(List<GraphNode> nodes) throws IOException {
        Map<String, String> types = PropertyTypes.of(nodes.stream().map(GraphNode::properties).toList(), NODE_SKIP);
        List<String> header = new ArrayList<>(List.of("id:ID", ":LABEL", "name"));
        types.forEach((key, type) -> header.add(key + ":" + type));
        return csv(header, printer -> {
            for (GraphNode node : nodes) {
                List<Object> row = new ArrayList<>(List.of(node.id(), String.join(";", node.labels()), node.name()));
                types.keySet().forEach(key -> row.add(cell(node.properties().get(key))));
                printer.printRecord(row);
            }
        });
    }

    private static byte[] edgeFile(List<GraphEdge> edges) throws IOException {
        Map<String, String> types = PropertyTypes.of(edges.stream().map(GraphEdge::properties).toList(), EDGE_SKIP);
        List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE", "sources:string[]", "confidence",
                "since:date", "until:date", "key"));
        types.forEach((key, type) -> header.add(key + ":" + type));
        return csv(header, printer -> {
            for (GraphEdge edge : edges) {
                List<Object> row = new ArrayList<>(List.of(edge.source(), edge.target(), edge.type()));
                EDGE_FIXED.forEach(key -> row.add(cell(edge.properties().get(key))));
                types.keySet().forEach(key -> row.add(cell(edge.properties().get(key))));
                printer.printRecord(row);
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(List<String> header, Rows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(header);
            rows.print(printer);
        }
        return out.toByteArray();
    }

    private static String cell(Object value) {
        return value == null ? "" : PropertyTypes.text(value);
    }

    private static Map<String, Object> manifest(Subgraph subgraph, String name, String version) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", name);
        manifest.put("version", version);
        manifest.put("title", "Export of " + subgraph.nodes().size() + " entities");
        subgraph.datasets().stream().findFirst().ifPresent(source -> {
            manifest.put("license", source.license());
            manifest.put("attribution", source.attribution());
        });
        Map<String, Object> labels = new TreeMap<>();
        subgraph.allNodes().forEach(n -> n.labels().stream().filter(l -> !Vocabulary.ONTOLOGY_LABELS.contains(l))
                .forEach(l -> labels.put(l, Map.of())));
        manifest.put("labels", labels);
        manifest.put("types", subgraph.edges().stream().map(GraphEdge::type)
                .filter(t -> !Vocabulary.ONTOLOGY_TYPES.contains(t)).distinct().sorted().toList());
        return manifest;
    }

    private static void entry(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }
}
