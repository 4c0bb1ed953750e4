package dev.aigeo.explorer.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.http.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameters from JSON: strings, whole numbers (as Cypher INTEGER), decimals (FLOAT), booleans, null, lists and
 * maps as they are, and a date written {@code {"$date": "2025-01-01"}} as a Cypher DATE. A string that looks like a
 * date stays a string, so that a parameter never changes type by the look of its value.
 */
final class CypherParams {

    static final String DATE = "$date";

    private CypherParams() {
    }

    static Map<String, Object> from(JsonNode params) {
        if (params == null || params.isNull()) {
            return Map.of();
        }
        if (!params.isObject()) {
            throw ApiException.badRequest("params must be a JSON object of parameter names and values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        params.fields().forEachRemaining(field -> values.put(field.getKey(), value(field.getKey(), field.getValue())));
        return values;
    }

    private static Object value(String name, JsonNode json) {
        if (json.isNull()) {
            return null;
        }
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (json.isIntegralNumber()) {
            if (!json.canConvertToLong()) {
                throw ApiException.badRequest("parameter " + name + " is too large for a Cypher integer");
            }
            return json.longValue();
        }
        if (json.isNumber()) {
            return json.doubleValue();
        }
        if (json.isTextual()) {
            return json.textValue();
        }
        if (json.isArray()) {
            List<Object> list = new ArrayList<>();
            json.forEach(item -> list.add(value(name, item)));
            return list;
        }
        return typedOrMap(name, json);
    }

    private static Object typedOrMap(String name, JsonNode json) {
        if (json.size() == 1 && json.fieldNames().next().startsWith("$")) {
            JsonNode date = json.get(DATE);
            if (date == null) {
                throw ApiException.badRequest("parameter " + name + ": unknown typed value " + json.fieldNames().next()
                        + "; the console knows {\"$date\": \"YYYY-MM-DD\"}");
            }
            try {
                return LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("parameter " + name + ": $date must be a date written YYYY-MM-DD");
            }
        }
        Map<String, Object> map = new LinkedHashMap<>();
        json.fields().forEachRemaining(field -> map.put(field.getKey(), value(name, field.getValue())));
        return map;
    }
}
