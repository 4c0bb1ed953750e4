package dev.aigeo.explorer.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aigeo.explorer.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A citable snapshot: what a researcher attaches to a paper so others can reproduce a figure — the subgraph as
 * JSON and GraphML, the request that made it, the dataset with its version, license and attribution, the date,
 * and a formatted bibliography, in one zip.
 */
final class Snapshot {

    private static final ObjectMapper JSON = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Snapshot() {
    }

    static byte[] zip(Subgraph subgraph, Object json, byte[] graphml, String bibliography, String request,
            String exportedAt) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("request", request);
        about.put("exportedAt", exportedAt);
        about.put("entities", subgraph.nodes().stream().map(n -> n.id()).toList());
        about.put("datasets", subgraph.datasets());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "snapshot/CITATION.txt", citation(bibliography, request).getBytes(StandardCharsets.UTF_8));
            entry(zip, "snapshot/snapshot.json", JSON.writeValueAsBytes(about));
            entry(zip, "snapshot/subgraph.json", JSON.writeValueAsBytes(json));
            entry(zip, "snapshot/subgraph.graphml", graphml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String citation(String bibliography, String request) {
        return String.join("\n", List.of(bibliography, "",
                "Reproduce: " + (request == null ? "the entities listed in snapshot.json" : request),
                "Files: subgraph.json (Cytoscape.js elements with sources), subgraph.graphml (Gephi, yEd),"
                        + " snapshot.json (the request, the entities, the datasets).", ""));
    }

    private static void entry(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }
}
