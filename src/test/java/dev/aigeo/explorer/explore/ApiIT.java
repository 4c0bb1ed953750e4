package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import dev.aigeo.explorer.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every read endpoint through the real app factory, on the fixture dataset. */
class ApiIT {

    private static TestApp app;

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Fixtures.dataset("fixture")).imported()).isTrue();
        app = TestApp.start(TestNeo4j.graph(), "fixture", TestNeo4j.mode().equals("embedded"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static void assertProblem(Response response, int status, String detailFragment) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.json().path("detail").asText()).contains(detailFragment);
    }

    @Test
    void healthIsUpWithTheDatabaseAndDataset() {
        Response health = app.get("/api/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/neo4j/status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/neo4j/version").asText()).startsWith("5.26");
        assertThat(health.json().at("/dataset/name").asText()).isEqualTo("fixture");
        assertThat(health.json().at("/dataset/status").asText()).isEqualTo("ready");
    }

    @Test
    void metaListsLabelsWithStylesTypesDatasetAndDates() {
        JsonNode meta = app.get("/api/meta").json();

        assertThat(texts(meta.path("labels"), "name")).contains("Source", "Lab", "CloudProvider").doesNotContain("Entity");
        JsonNode organization = find(meta.path("labels"), "Organization");
        assertThat(organization.path("count").asLong()).isEqualTo(14);
        assertThat(organization.path("color").asText()).matches("#[0-9A-Fa-f]{6}");
        assertThat(organization.path("shape").asText()).isNotBlank();
        assertThat(find(meta.path("relationshipTypes"), "PARTNERS_WITH").path("count").asLong()).isEqualTo(13);
        assertThat(meta.at("/dataset/name").asText()).isEqualTo("fixture");
        assertThat(meta.at("/dataset/version").asText()).isEqualTo("1.0");
        assertThat(meta.at("/dateRange/from").asText()).isEqualTo("2009-01-01");
        assertThat(meta.at("/dateRange/to").asText()).isEqualTo("2025-12-01");
    }

    @Test
    void metaCountsFromTheCountStoreAgreeWithAScanAndOlderImportsHaveTheirDatesScanned() {
        JsonNode meta = app.get("/api/meta").json();
        Map<String, Long> labels = TestNeo4j.graph().read("""
                MATCH (n:Entity) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity'
                RETURN label, count(*) AS count""", Map.of(), rows -> rows.stream()
                .collect(Collectors.toMap(r -> r.string("label"), r -> r.number("count"))));
        assertThat(meta.path("labels")).hasSize(labels.size());
        labels.forEach((label, count) -> assertThat(find(meta.path("labels"), label).path("count").asLong()).isEqualTo(count));
        assertThat(texts(meta.path("labels"), "name")).doesNotContain("Story", "DatasetInfo");

        TestNeo4j.graph().write("MATCH (d:DatasetInfo) REMOVE d.dateSpanKnown, d.dateFrom, d.dateTo", Map.of(), rows -> rows);
        JsonNode scanned = app.get("/api/meta").json();
        Datasets.importInto(TestNeo4j.graph(), Fixtures.dataset("fixture"));

        assertThat(scanned.path("dateRange")).isEqualTo(meta.path("dateRange"));
        assertThat(meta.at("/dateRange/from").asText()).isEqualTo("2009-01-01");
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode item : array) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError(name + " not in " + array);
    }

    @Test
    void searchFindsByPrefixAliasAccentlessAndTypo() {
        assertThat(texts(app.get("/api/search?q=deeps").json().path("results"), "id")).first().isEqualTo("lab:deepseek");
        assertThat(texts(app.get("/api/search?q=deepsek").json().path("results"), "id")).contains("lab:deepseek");
        assertThat(texts(app.get("/api/search?q=jose%20muller").json().path("results"), "id")).first().isEqualTo("person:jose");
        JsonNode aliyun = app.get("/api/search?q=aliyun").json().path("results").get(0);
        assertThat(aliyun.path("id").asText()).isEqualTo("cloud:alibaba");
        assertThat(aliyun.path("label").asText()).isEqualTo("CloudProvider");
        assertThat(aliyun.path("matched").asText()).isEqualTo("alias");
        JsonNode region = app.get("/api/search?q=ap-southeast-5").json().path("results").get(0);
        assertThat(region.path("id").asText()).isEqualTo("region:jakarta");
        assertThat(region.path("matched").asText()).isEqualTo("code");
    }

    @Test
    void searchRanksTheExactNameFirstAndHonoursLabelsAndLimit() {
        JsonNode results = app.get("/api/search?q=deepseek").json().path("results");
        assertThat(texts(results, "id")).containsExactly("lab:deepseek", "model:r1");
        assertThat(results.get(0).path("score").asDouble()).isGreaterThan(results.get(1).path("score").asDouble());

        assertThat(texts(app.get("/api/search?q=deepseek&labels=Model").json().path("results"), "id"))
                .containsExactly("model:r1");
        assertThat(app.get("/api/search?q=partner&limit=3").json().path("results")).hasSize(3);
        assertThat(texts(app.get("/api/search?q=lab:deepseek").json().path("results"), "matched")).first().isEqualTo("id");
    }

    @Test
    void searchRefusesBadParameters() {
        assertProblem(app.get("/api/search"), 400, "q is required");
        assertProblem(app.get("/api/search?q=x&limit=0"), 400, "limit must be a whole number between 1 and 50");
        assertProblem(app.get("/api/search?q=x&limit=51"), 400, "between 1 and 50");
        assertProblem(app.get("/api/search?q=x&limit=ten"), 400, "between 1 and 50");
        assertProblem(app.get("/api/search?q=x&labels=Lab,Unicorn"), 400, "unknown label 'Unicorn'");
    }

    @Test
    void searchTreatsLuceneSyntaxAsText() {
        Response response = app.get("/api/search?q=%22%5B*~%3A%5C");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("results")).isEmpty();
    }

    @Test
    void entityHasPropertiesDegreeAndCitedSources() {
        JsonNode alibaba = app.get("/api/entities/cloud:alibaba").json();

        assertThat(alibaba.path("id").asText()).isEqualTo("cloud:alibaba");
        assertThat(alibaba.path("label").asText()).isEqualTo("CloudProvider");
        assertThat(texts(alibaba.path("labels"), "")).hasSize(2);
        assertThat(alibaba.at("/properties/founded").asText()).isEqualTo("2009");
        assertThat(alibaba.at("/properties/aliases/0").asText()).isEqualTo("Aliyun");
        assertThat(alibaba.at("/properties/importId").isMissingNode()).isTrue();
        assertThat(alibaba.at("/degree/OPERATES").asLong()).isEqualTo(1);
        assertThat(alibaba.at("/degree/HEADQUARTERED_IN").asLong()).isEqualTo(1);
        assertThat(texts(alibaba.path("sources"), "id")).containsExactly("src:report", "src:news");
        JsonNode report = alibaba.path("sources").get(0);
        assertThat(report.path("name").asText()).isEqualTo("The report");
        assertThat(report.path("url").asText()).isEqualTo("https://example.org/report");
        assertThat(report.path("publisher").asText()).isEqualTo("Example Wire");
        assertThat(report.path("published").asText()).isEqualTo("2026-06-21");
    }

    @Test
    void unknownEntityIs404() {
        assertProblem(app.get("/api/entities/lab:nope"), 404, "no entity with id 'lab:nope'");
        assertProblem(app.get("/api/entities/lab:nope/neighbors"), 404, "no entity with id 'lab:nope'");
    }

    @Test
    void neighborsReturnCytoscapeElementsWithProvenance() {
        JsonNode answer = app.get("/api/entities/cloud:alibaba/neighbors").json();

        assertThat(answer.path("truncated").asBoolean()).isFalse();
        assertThat(answer.path("total").asLong()).isEqualTo(4);
        assertThat(texts(answer.path("nodes"), "data")).hasSize(5);
        JsonNode operates = null;
        for (JsonNode edge : answer.path("edges")) {
            if (edge.at("/data/type").asText().equals("OPERATES")) {
                operates = edge.path("data");
            }
        }
        assertThat(operates).isNotNull();
        assertThat(operates.path("id").asText()).isEqualTo("cloud:alibaba|OPERATES|region:jakarta");
        assertThat(operates.path("source").asText()).isEqualTo("cloud:alibaba");
        assertThat(operates.path("target").asText()).isEqualTo("region:jakarta");
        assertThat(operates.path("confidence").asText()).isEqualTo("high");
        assertThat(operates.path("since").asText()).isEqualTo("2018-03");
        assertThat(operates.at("/sources/0").asText()).isEqualTo("src:report");
        JsonNode region = answer.path("nodes").findParent("code");
        assertThat(region.path("label").asText()).isEqualTo("CloudRegion");
        assertThat(region.path("name").asText()).isEqualTo("Alibaba Cloud Jakarta");
    }

    @Test
    void neighborsOfAHubAreCappedWithTheTotal() {
        JsonNode answer = app.get("/api/entities/org:hub/neighbors?limit=5&types=PARTNERS_WITH").json();

        assertThat(answer.path("truncated").asBoolean()).isTrue();
        assertThat(answer.path("total").asLong()).isEqualTo(12);
        assertThat(answer.path("edges")).hasSize(5);
        assertThat(answer.path("nodes")).hasSize(6);
    }

    @Test
    void neighborsFilterByDirectionTypeAndLabel() {
        assertThat(app.get("/api/entities/org:hub/neighbors?direction=in").json().path("total").asLong()).isEqualTo(2);
        assertThat(app.get("/api/entities/org:hub/neighbors?direction=out").json().path("total").asLong()).isEqualTo(12);
        assertThat(app.get("/api/entities/org:hub/neighbors?labels=Country").json().path("total").asLong()).isEqualTo(2);
        assertThat(app.get("/api/entities/cloud:alibaba/neighbors?types=HOSTS,OPERATES").json().path("total").asLong())
                .isEqualTo(2);
        assertThat(app.get("/api/entities/cloud:alibaba/neighbors?types=%20,&labels=,").json().path("total").asLong())
                .as("lists of nothing are no filter").isEqualTo(4);
    }

    @Test
    void neighborsRefuseBadParameters() {
        assertProblem(app.get("/api/entities/org:hub/neighbors?limit=501"), 400, "between 1 and 500");
        assertProblem(app.get("/api/entities/org:hub/neighbors?direction=up"), 400, "direction must be one of");
        assertProblem(app.get("/api/entities/org:hub/neighbors?types=OWNS"), 400, "unknown relationship type 'OWNS'");
        assertProblem(app.get("/api/entities/org:hub/neighbors?types=PARTNERS_WITH%60%20DELETE"), 400,
                "unknown relationship type");
    }

    @Test
    void explainReturnsTheCypherAndParameters() {
        JsonNode answer = app.get("/api/entities/org:hub/neighbors?limit=2&explain=true").json();

        assertThat(answer.path("cypher").asText()).contains("MATCH (n:Entity {id: $id})");
        assertThat(answer.at("/params/id").asText()).isEqualTo("org:hub");
        assertThat(answer.at("/params/limit").asInt()).isEqualTo(2);
        assertThat(answer.path("edges")).hasSize(2);
        assertThat(app.get("/api/entities/org:hub/neighbors?limit=2").json().has("cypher")).isFalse();
    }

    @Test
    void unknownRoutesAreProblemDetails() {
        assertProblem(app.get("/api/nothing-here"), 404, "/api/nothing-here");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : List.of("/api/health", "/", "/api/nothing")) {
            Response response = app.get(path);
            assertThat(response.header("Content-Security-Policy"))
                    .contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void servesThePageAndCytoscapeFromItsWebJar() {
        Response page = app.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>");
        assertThat(app.get("/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs").status()).isEqualTo(200);
    }
}
