package dev.aigeo.explorer.console;

import static dev.aigeo.explorer.console.ConsoleClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.http.ClientSlots;
import dev.aigeo.explorer.support.TestApp.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements that would occupy the database: stopped at {@code CYPHER_TIMEOUT_SECONDS} (2 s here) with a 504 that
 * names the limit, or at the memory cap, or at the row cap; and no client may run more than two at a time.
 */
class ExpensiveQueriesIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String SLOW = "UNWIND range(1, 1000000000) AS n RETURN sum(n) AS total";
    @RegisterExtension
    static final ConsoleClient console =
            ConsoleClient.onDefaultDataset(Map.of("CYPHER_TIMEOUT_SECONDS", String.valueOf(TIMEOUT.toSeconds())));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        SLOW,
        "MATCH (a), (b), (c) WHERE a.id <> c.id RETURN count(*) AS combinations",
        "MATCH path = (a)-[*]-(b) RETURN count(path) AS paths"})
    void isStoppedAtTheTimeLimitWithA504(String statement) {
        long[] before = ConsoleClient.counts();
        long start = System.nanoTime();

        Response response = console.run(statement);

        assertProblem(response, 504, "the query took longer than 2.0 s and was stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusSeconds(8));
        console.assertUnchangedAndHealthy(before);
    }

    @Test
    void aHugeResultIsCutAtTheRowCapQuickly() {
        long start = System.nanoTime();

        Response response = console.run("MATCH (a), (b), (c) RETURN a.id, b.id, c.id");

        assertThat(response.json().path("rows")).hasSize(1000);
        assertThat(response.json().path("truncated").asBoolean()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
    }

    @Test
    void aClientMayRunTwoQueriesAtATimeWhateverItsForwardedForHeaderSays() throws Exception {
        // HTTP/1.1: one connection a request, so that the slow queries really arrive side by side.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> queries = new ArrayList<>();
        for (int i = 0; i <= ConsoleRoutes.QUERIES_PER_CLIENT; i++) {
            queries.add(client.sendAsync(cypher(SLOW, "203.0.113." + i), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        for (CompletableFuture<HttpResponse<String>> query : queries) {
            HttpResponse<String> response = query.get();
            statuses.add(response.statusCode());
            refused = response.statusCode() == 429 ? response : refused;
        }

        assertThat(statuses).containsExactlyInAnyOrder(504, 504, 429);
        assertThat(refused.headers().firstValue("Retry-After")).contains(String.valueOf(ClientSlots.RETRY_AFTER_SECONDS));
        assertThat(refused.body()).contains("You are already running 2 console queries");
        assertThat(console.run("RETURN 1 AS one").status()).as("slots are free again").isEqualTo(200);
    }

    private static HttpRequest cypher(String query, String forwardedFor) {
        return HttpRequest.newBuilder(URI.create(console.app().url("/api/cypher")))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}"))
                .build();
    }
}
