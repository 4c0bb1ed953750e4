package dev.aigeo.explorer.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Neo4j settings every database of the explorer runs with ({@code neo4j/hardening.conf}): the embedded one,
 * the Testcontainers one, and docker-compose's.
 */
public final class Hardening {

    static final String RESOURCE = "/neo4j/hardening.conf";

    private Hardening() {
    }

    /** Setting name → value, in file order. */
    public static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        text().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(l -> settings.put(l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1).strip()));
        return settings;
    }

    static String text() {
        try (InputStream in = Hardening.class.getResourceAsStream(RESOURCE)) {
            return new String(Objects.requireNonNull(in, RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
