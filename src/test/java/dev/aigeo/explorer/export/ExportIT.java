package dev.aigeo.explorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.ParsedDataset;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.GraphSnapshot;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import dev.aigeo.explorer.support.TestNeo4j;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of the fixture: their content, GraphML against its schema, and CSV and Cypher round trips. */
class ExportIT {

    private static final String ALL_IDS = "src:report,src:news,country:id,country:cn,gov:state-council,policy:ai-plus,"
            + "lab:deepseek,cloud:alibaba,region:jakarta,model:r1,license:mit,person:jose,org:xss,org:hub,"
            + String.join(",", java.util.stream.IntStream.rangeClosed(1, 12)
                    .mapToObj(i -> String.format("org:partner-%02d", i)).toList());

    @TempDir
    Path dir;

    private TestApp app;

    @BeforeEach
    void start() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Fixtures.dataset("fixture")).imported()).isTrue();
        app = TestApp.start(TestNeo4j.graph(), "fixture", TestNeo4j.mode().equals("embedded"));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private byte[] download(String query) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.url("/api/export?" + query))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }

    @Test
    void jsonCarriesElementsSourcesDatasetAndABibliography() {
        JsonNode export = app.get("/api/export?format=json&ids=cloud:alibaba,region:jakarta,policy:ai-plus").json();

        assertThat(export.path("nodes")).hasSize(3);
        assertThat(export.path("edges")).hasSize(2);
        assertThat(export.at("/edges/0/data/sources")).isNotEmpty();
        assertThat(export.path("sources").findValuesAsText("id")).containsExactlyInAnyOrder("src:report", "src:news");
        assertThat(export.at("/sources/0/citation").asText()).contains("https://example.org/");
        assertThat(export.at("/dataset/name").asText()).isEqualTo("fixture");
        assertThat(export.at("/dataset/license").asText()).isEqualTo("CC-BY-4.0");
        assertThat(export.path("bibliography").asText()).contains("3 entities, 2 relationships, 2 sources")
                .contains("Example Wire (2026-06-21). The report. https://example.org/report.");
        assertThat(export.path("exportedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void graphmlIsValidAgainstTheGraphmlSchemaAndCarriesSources() throws Exception {
        byte[] graphml = download("format=graphml&ids=" + ALL_IDS);

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/graphml.xsd"));
        var validator = schema.newValidator();
        // validate against the schema above only, never fetching the xsi:schemaLocation hint from the network
        validator.setFeature("http://apache.org/xml/features/internal/validation/schema/use-grammar-pool-only", true);
        validator.validate(new StreamSource(new ByteArrayInputStream(graphml)));
        String xml = new String(graphml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<node id=\"src:report\">").contains("https://example.org/report")
                .contains("attr.name=\"sources\"").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void csvExportValidatesAndReimportsIntoAnEmptyDatabaseAsTheSameGraph() throws Exception {
        String before = GraphSnapshot.of(TestNeo4j.graph(), "dataset");
        Path folder = unzip(download("format=csv&ids=" + ALL_IDS), dir.resolve("export"));

        ParsedDataset exported = Datasets.validate(folder);
        assertThat(exported.faults()).isEmpty();
        assertThat(exported.name()).isEqualTo("export");
        assertThat(exported.manifest().types()).containsExactly("DOWNLOAD_SHARE");

        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), folder).imported()).isTrue();
        assertThat(GraphSnapshot.of(TestNeo4j.graph(), "dataset")).isEqualTo(before);
    }

    @Test
    void cypherScriptRecreatesTheSameGraph() throws Exception {
        String before = GraphSnapshot.of(TestNeo4j.graph(), "dataset");
        String script = new String(download("format=cypher&ids=" + ALL_IDS), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script).startsWith("// Exported from the AI Geopolitics Explorer").contains("// [1] ");

        TestNeo4j.reset();
        for (String statement : script.split(";\n")) {
            String cypher = statement.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip();
            if (!cypher.isEmpty()) {
                TestNeo4j.graph().write(Duration.ofSeconds(10), tx -> tx.run(cypher).consume());
            }
        }
        assertThat(GraphSnapshot.of(TestNeo4j.graph(), "dataset")).isEqualTo(before);
    }

    @Test
    void aSnapshotHoldsTheSubgraphTheRequestTheLicenseAndTheBibliography() throws Exception {
        String request = "http://localhost:7070/?n=cloud:alibaba&x=25~~cloud:alibaba";
        Path folder = unzip(download("format=snapshot&ids=cloud:alibaba,region:jakarta&request="
                + java.net.URLEncoder.encode(request, java.nio.charset.StandardCharsets.UTF_8)), dir.resolve("snap"));

        assertThat(folder.resolve("snapshot")).isDirectoryContaining("glob:**/subgraph.json")
                .isDirectoryContaining("glob:**/subgraph.graphml").isDirectoryContaining("glob:**/snapshot.json");
        String citation = Files.readString(folder.resolve("snapshot/CITATION.txt"));
        assertThat(citation).contains("Reproduce: " + request).contains("license CC-BY-4.0")
                .contains("[1] Example Wire (2026-06-21). The report. https://example.org/report.");
        assertThat(Files.readString(folder.resolve("snapshot/snapshot.json"))).contains("\"request\" : \"" + request)
                .contains("\"region:jakarta\"");
        assertThat(Files.readString(folder.resolve("snapshot/subgraph.json"))).contains("cloud:alibaba|OPERATES|region:jakarta");
    }

    @Test
    void aPostedBodyServesViewsWithMoreIdsThanAUrlHolds() {
        Response posted = app.post("/api/export", "{\"format\": \"json\", \"ids\": [\"cloud:alibaba\", \"region:jakarta\"]}");

        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().path("edges")).hasSize(1);
        assertThat(app.post("/api/export", "{\"format\": \"pdf\", \"ids\": [\"lab:deepseek\"]}").status()).isEqualTo(400);
        assertThat(app.post("/api/export", "[1, 2").status()).isEqualTo(400);
    }

    @Test
    void refusesMissingOrUnknownIdsAndUnknownFormats() {
        assertProblem(app.get("/api/export?format=json"), 400, "ids is required");
        assertProblem(app.get("/api/export?format=json&ids=lab:deepseek,lab:nope"), 404, "lab:nope");
        assertProblem(app.get("/api/export?format=pdf&ids=lab:deepseek"), 400, "format must be one of");
    }

    private static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.json().path("detail").asText()).contains(detail);
    }

    private static Path unzip(byte[] zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file).startsWithRaw(target);
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return target;
    }

}
