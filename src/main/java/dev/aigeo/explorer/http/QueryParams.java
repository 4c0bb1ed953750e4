package dev.aigeo.explorer.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/** Reads query parameters with messages that say what is wanted; bad input becomes a 400. */
public final class QueryParams {

    private final Context ctx;

    public QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    public String required(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(name + " is required");
        }
        return value.trim();
    }

    /** The trimmed value, or null when absent or blank. */
    public String optional(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public int integer(String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw ApiException.badRequest(name + " must be a whole number between " + min + " and " + max);
    }

    /** A comma-separated set of names, without repeats; null when the parameter is absent or empty. */
    public List<String> list(String name) {
        List<String> items = sequence(name);
        return items == null ? null : items.stream().distinct().toList();
    }

    /** A comma-separated sequence in which order and repeats matter; null when absent or empty. */
    public List<String> sequence(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> items = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return items.isEmpty() ? null : items;
    }

    /** One of the allowed words (case-insensitive), or the fallback when absent. */
    public String choice(String name, String fallback, List<String> allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String lower = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiException.badRequest(name + " must be one of " + String.join(", ", allowed));
        }
        return lower;
    }

    public boolean flag(String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }
}
