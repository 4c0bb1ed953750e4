package dev.aigeo.explorer.console;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.http.ApiException;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/cypher}: {@code {"query": "…", "params": {…}, "limit": 1000}}. Anything else — not
 * JSON, not an object, a field of the wrong type or one the console does not know — is a 400 that says what is wrong.
 */
record ConsoleRequest(String query, Map<String, Object> params, int limit) {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 5000;
    private static final Set<String> FIELDS = Set.of("query", "params", "limit");

    static ConsoleRequest parse(byte[] body, ObjectMapper json) {
        JsonNode root = readJson(body, json);
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object such as {\"query\": \"MATCH (n:Lab) RETURN n\"}");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "'; the body takes query, params and limit");
            }
        });
        JsonNode query = root.get("query");
        if (query == null || query.isNull() || (query.isTextual() && query.textValue().isBlank())) {
            throw ApiException.badRequest("query is required");
        }
        if (!query.isTextual()) {
            throw ApiException.badRequest("query must be a string of Cypher");
        }
        return new ConsoleRequest(query.textValue(), CypherParams.from(root.get("params")), limit(root.get("limit")));
    }

    private static JsonNode readJson(byte[] body, ObjectMapper json) {
        try {
            return json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            throw ApiException.badRequest("the body is not valid JSON" + (where == null ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read as JSON");
        }
    }

    private static int limit(JsonNode limit) {
        if (limit == null || limit.isNull()) {
            return DEFAULT_LIMIT;
        }
        if (!limit.isIntegralNumber() || !limit.canConvertToInt() || limit.intValue() < 1 || limit.intValue() > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be a whole number between 1 and " + MAX_LIMIT);
        }
        return limit.intValue();
    }
}
