package dev.aigeo.explorer.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleRequestTest {

    private static ConsoleRequest parse(String body) {
        return ConsoleRequest.parse(body.getBytes(StandardCharsets.UTF_8), Json.mapper());
    }

    @Test
    void defaultsToNoParametersAndAThousandRows() {
        ConsoleRequest request = parse("{\"query\": \"MATCH (n) RETURN n\"}");

        assertThat(request.query()).isEqualTo("MATCH (n) RETURN n");
        assertThat(request.params()).isEmpty();
        assertThat(request.limit()).isEqualTo(1000);
    }

    @Test
    void readsParametersOfEveryJsonTypeAndTypedDates() {
        ConsoleRequest request = parse("""
                {"query": "RETURN 1", "limit": 5000, "params": {"s": "2025-01-01", "i": 42, "f": 2.5, "b": true,
                 "n": null, "list": [1, "x"], "map": {"k": {"$date": "2024-02-29"}}, "d": {"$date": "2025-01-31"}}}""");

        Map<String, Object> params = request.params();
        assertThat(params.get("s")).isEqualTo("2025-01-01");
        assertThat(params.get("i")).isEqualTo(42L);
        assertThat(params.get("f")).isEqualTo(2.5);
        assertThat(params.get("b")).isEqualTo(true);
        assertThat(params).containsEntry("n", null);
        assertThat(params.get("list")).isEqualTo(Arrays.asList(1L, "x"));
        assertThat(params.get("map")).isEqualTo(Map.of("k", LocalDate.of(2024, 2, 29)));
        assertThat(params.get("d")).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(request.limit()).isEqualTo(5000);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"query\": |the body is not valid JSON (line 1",
        "{\"query\": \"RETURN 1\"} {\"query\": \"RETURN 2\"}|the body is not valid JSON",
        "[\"RETURN 1\"]|the body must be a JSON object",
        "''|the body must be a JSON object",
        "{}|query is required",
        "{\"query\": \"   \"}|query is required",
        "{\"query\": 42}|query must be a string of Cypher",
        "{\"query\": \"RETURN 1\", \"param\": {}}|unknown field 'param'",
        "{\"query\": \"RETURN 1\", \"params\": [1]}|params must be a JSON object",
        "{\"query\": \"RETURN 1\", \"limit\": 0}|limit must be a whole number between 1 and 5000",
        "{\"query\": \"RETURN 1\", \"limit\": 5001}|between 1 and 5000",
        "{\"query\": \"RETURN 1\", \"limit\": 2.5}|between 1 and 5000",
        "{\"query\": \"RETURN 1\", \"limit\": \"10\"}|between 1 and 5000",
        "{\"query\": \"RETURN 1\", \"params\": {\"d\": {\"$date\": \"2025-02-30\"}}}|$date must be a date written YYYY-MM-DD",
        "{\"query\": \"RETURN 1\", \"params\": {\"d\": {\"$time\": \"10:00\"}}}|unknown typed value $time",
        "{\"query\": \"RETURN 1\", \"params\": {\"n\": 123456789012345678901234567890}}|too large for a Cypher integer"})
    void refusesMalformedBodiesWithA400ThatSaysWhy(String body, String reason) {
        assertThatThrownBy(() -> parse(body))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
    }

    @Test
    void refusesNestingDeeperThanTheParserAllows() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> parse("{\"query\": \"RETURN 1\", \"params\": {\"x\": " + deep + "}}"))
                .hasMessageContaining("not valid JSON");
    }
}
