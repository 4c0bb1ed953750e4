package dev.aigeo.explorer.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.support.AdminApps;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import dev.aigeo.explorer.support.TestNeo4j;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/admin/import: the admin token first, then all-or-nothing validation and import of a zip. */
class AdminImportIT {

    private static final String TOKEN = "s3cret-admin-token";
    private static AdminApps apps;
    private static TestApp app;
    private static TestApp closed;

    @BeforeAll
    static void start() {
        apps = AdminApps.start(TOKEN);
        app = apps.withToken();
        closed = apps.withoutToken();
    }

    @AfterAll
    static void stop() {
        apps.close();
    }

    @BeforeEach
    void empty() {
        TestNeo4j.reset();
    }

    private static long entities() {
        return TestNeo4j.count("MATCH (n:Entity) RETURN count(n) AS count");
    }

    private static Response post(TestApp target, String query, String authorization, String type, byte[] body) {
        return post(target, query, authorization, type, "application/json", body);
    }

    private static Response post(TestApp target, String query, String authorization, String type, String accept,
            byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url("/api/admin/import" + query)))
                .header("Content-Type", type)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return target.send(request.build());
    }

    private static Response postZip(String query, byte[] zip) {
        return post(app, query, "Bearer " + TOKEN, "application/zip", zip);
    }

    @Test
    void importsAValidZipAndReportsCounts() {
        Response response = postZip("", Zips.of(Fixtures.dataset("fixture"), ""));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("dataset").asText()).isEqualTo("fixture");
        assertThat(response.json().path("nodes").asInt()).isEqualTo(26);
        assertThat(response.json().path("relationships").asInt()).isEqualTo(24);
        assertThat(entities()).isEqualTo(26);
    }

    @Test
    void acceptsADatasetInsideOneTopFolderAndAsMultipart() {
        assertThat(postZip("", Zips.of(Fixtures.dataset("fixture"), "my-data/")).status()).isEqualTo(200);
        TestNeo4j.reset();

        String boundary = "----explorer-test";
        byte[] zip = Zips.of(Fixtures.dataset("fixture"), "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dataset\"; filename=\"d.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + zip.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(zip, 0, body, head.length, zip.length);
        System.arraycopy(tail, 0, body, head.length + zip.length, tail.length);

        Response multipart = post(app, "", "Bearer " + TOKEN, "multipart/form-data; boundary=" + boundary, body);
        assertThat(multipart.status()).as(multipart.body()).isEqualTo(200);
        assertThat(entities()).isEqualTo(26);
    }

    @Test
    void aDryRunValidatesAndWritesNothing() {
        Response response = postZip("?dryRun=true", Zips.of(Fixtures.dataset("fixture"), ""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("dryRun").asBoolean()).isTrue();
        assertThat(response.json().path("nodes").asInt()).isEqualTo(26);
        assertThat(entities()).isZero();
    }

    @Test
    void aFaultyZipReturnsEveryFaultAndChangesNothing() {
        postZip("", Zips.of(Fixtures.dataset("fixture"), ""));
        long before = entities();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("nodes/n.csv", "id:ID,:LABEL,name\nlab:a,Lab,A\nlab:b,lab,B\n");
        files.put("relationships/r.csv", ":START_ID,:END_ID,:TYPE,sources:string[]\nlab:a,lab:zzz,ADOPTS,src:report\n");

        Response response = postZip("", Zips.of(files));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains("2 faults").contains("nothing was changed");
        assertThat(response.json().path("errors").get(0).asText())
                .isEqualTo("nodes/n.csv:3: label 'lab' is not UpperCamelCase (^[A-Z][A-Za-z0-9]*$)");
        assertThat(response.json().path("errors").get(1).asText())
                .isEqualTo("relationships/r.csv:2: unknown end node 'lab:zzz'");
        assertThat(entities()).isEqualTo(before);
    }

    /** Server-sent events as "event data" lines, in order. */
    private static List<String> events(Response response) {
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");
        return Arrays.stream(response.body().split("\n\n")).filter(block -> !block.isBlank()).map(block -> {
            Map<String, String> fields = new LinkedHashMap<>();
            block.lines().forEach(line -> fields.put(line.substring(0, line.indexOf(':')),
                    line.substring(line.indexOf(':') + 1).trim()));
            return fields.get("event") + " " + fields.get("data");
        }).toList();
    }

    private static String eventAndPhase(String event) {
        Matcher phase = Pattern.compile("\"phase\":\"(\\w+)\"").matcher(event);
        return event.split(" ")[0] + (phase.find() ? " " + phase.group(1) : "");
    }

    @Test
    void streamsProgressEventsThenTheReportToAnEventStreamClient() {
        Response response = post(app, "", "Bearer " + TOKEN, "application/zip", "text/event-stream",
                Zips.of(Fixtures.dataset("fixture"), ""));

        assertThat(response.status()).isEqualTo(200);
        List<String> events = events(response);
        assertThat(events.stream().map(AdminImportIT::eventAndPhase).distinct()).containsExactly(
                "progress received", "progress validated", "progress nodes", "progress relationships",
                "progress cleanup", "progress done", "result");
        assertThat(events).anyMatch(e -> e.contains("\"phase\":\"nodes\"") && e.contains("\"done\":26")
                && e.contains("\"total\":26"));
        assertThat(events).anyMatch(e -> e.contains("\"phase\":\"relationships\"") && e.contains("\"done\":24"));
        assertThat(events.get(events.size() - 1)).startsWith("result ").contains("\"nodes\":26", "\"dataset\":\"fixture\"");
        assertThat(entities()).isEqualTo(26);
    }

    @Test
    void aFaultyZipStreamsOneProblemWithEveryFaultAndChangesNothing() {
        Map<String, String> files = Map.of("nodes/n.csv", "id:ID,:LABEL,name\nlab:a,Lab,A\nlab:b,lab,B\n");

        Response response = post(app, "", "Bearer " + TOKEN, "application/zip", "text/event-stream", Zips.of(files));

        List<String> events = events(response);
        assertThat(events).hasSize(2).first().asString().startsWith("progress ").contains("received");
        assertThat(events.get(1)).startsWith("problem ").contains("\"status\":422")
                .contains("nodes/n.csv:3: label 'lab' is not UpperCamelCase");
        assertThat(entities()).isZero();
        Response unauthorised = post(app, "", "Bearer wrong", "application/zip", "text/event-stream", Zips.of(files));
        assertThat(unauthorised.status()).as("the token is checked before any stream").isEqualTo(401);
    }

    @Test
    void refusesZipsThatAreNotZipsOrEscapeTheirFolder() {
        assertThat(postZip("", "not a zip".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        Response slip = postZip("", Zips.of(Map.of("../../evil.csv", "x", "nodes/n.csv", "id:ID,:LABEL,name\n")));
        assertThat(slip.status()).isEqualTo(400);
        assertThat(slip.json().path("detail").asText()).contains("points outside the dataset");
        assertThat(postZip("", Zips.of(Map.of("readme.txt", "hello"))).status()).isEqualTo(422);
        assertThat(post(app, "", "Bearer " + TOKEN, "text/csv", new byte[] {1}).status()).isEqualTo(415);
    }

    @Test
    void theTokenIsRequiredCheckedFirstAndNeverTakenFromTheQueryString() {
        byte[] zip = Zips.of(Fixtures.dataset("fixture"), "");

        assertThat(post(app, "", null, "application/zip", zip).status()).isEqualTo(401);
        assertThat(post(app, "", "Bearer wrong-token", "application/zip", zip).status()).isEqualTo(401);
        assertThat(post(app, "", "Basic " + TOKEN, "application/zip", zip).status()).isEqualTo(401);
        assertThat(post(app, "?token=" + TOKEN + "&access_token=" + TOKEN, null, "application/zip", zip).status())
                .isEqualTo(401);
        assertThat(post(app, "", "Bearer wrong", "application/zip", "garbage".getBytes(StandardCharsets.UTF_8))
                .status()).as("the token is checked before the body").isEqualTo(401);
        assertThat(entities()).isZero();
    }

    @Test
    void withoutAConfiguredTokenAdminRoutesAreRefused() {
        Response response = post(closed, "", "Bearer anything", "application/zip",
                Zips.of(Fixtures.dataset("fixture"), ""));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("detail").asText()).contains("ADMIN_TOKEN");
        assertThat(entities()).isZero();
    }
}
