package dev.aigeo.explorer.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the app can be told, read from environment variables (the same names docker-compose uses).
 *
 * @param neo4jUri null = start an embedded Neo4j under {@code dataDir}
 * @param dataset null = load the bundled default dataset at start
 * @param cypherTimeout time limit of one query of the public Cypher console
 */
public record Config(
        String host,
        int port,
        URI neo4jUri,
        String neo4jUser,
        String neo4jPassword,
        String neo4jDatabase,
        Path dataDir,
        int boltPort,
        String pageCacheSize,
        Path dataset,
        String adminToken,
        Duration queryTimeout,
        Duration cypherTimeout) {

    public static final int DEFAULT_PORT = 7070;

    /** Reads the configuration; a value that makes no sense is an IllegalArgumentException naming the variable. */
    public static Config fromEnv(Map<String, String> env) {
        EnvReader in = new EnvReader(env);
        return new Config(
                in.text("HOST", "127.0.0.1"),
                in.port("PORT", DEFAULT_PORT),
                in.uri("NEO4J_URI"),
                in.text("NEO4J_USER", "neo4j"),
                in.text("NEO4J_PASSWORD", null),
                in.text("NEO4J_DATABASE", "neo4j"),
                in.path("DATA_DIR", Path.of(System.getProperty("user.home"), ".ai-geo-explorer", "neo4j")),
                in.port("BOLT_PORT", 7687),
                in.text("PAGECACHE_SIZE", "32m"),
                in.path("DATASET", null),
                in.text("ADMIN_TOKEN", null),
                Duration.ofSeconds(in.positiveInt("QUERY_TIMEOUT_SECONDS", 10)),
                Duration.ofSeconds(in.positiveInt("CYPHER_TIMEOUT_SECONDS", 10)));
    }

    public boolean embedded() {
        return neo4jUri == null;
    }

    /** The same configuration with other ports (tests use 0 = any free port). */
    public Config withPorts(int httpPort, int bolt) {
        return new Config(host, httpPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir, bolt,
                pageCacheSize, dataset, adminToken, queryTimeout, cypherTimeout);
    }

    public Config withDataset(Path folder) {
        return new Config(host, port, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir, boltPort,
                pageCacheSize, folder, adminToken, queryTimeout, cypherTimeout);
    }

    /** Hides secrets when the configuration is logged. */
    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", neo4j=" + (embedded() ? "embedded in " + dataDir
                + " (bolt 127.0.0.1:" + boltPort + ")" : neo4jUri) + ", database=" + neo4jDatabase
                + ", auth=" + (neo4jPassword != null) + ", dataset=" + (dataset == null ? "bundled default" : dataset)
                + ", admin=" + (adminToken != null) + ", queryTimeout=" + queryTimeout
                + ", cypherTimeout=" + cypherTimeout + "]";
    }

    private record EnvReader(Map<String, String> env) {

        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        int port(String name, int fallback) {
            int port = integer(name, fallback);
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(name + " must be a port number between 0 and 65535, got " + port);
            }
            return port;
        }

        int positiveInt(String name, int fallback) {
            int value = integer(name, fallback);
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be a positive number, got " + value);
            }
            return value;
        }

        private int integer(String name, int fallback) {
            String value = text(name, null);
            try {
                return value == null ? fallback : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
            }
        }

        URI uri(String name) {
            String value = text(name, null);
            if (value == null) {
                return null;
            }
            URI uri = URI.create(value);
            if (uri.getScheme() == null || !uri.getScheme().matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc")) {
                throw new IllegalArgumentException(name + " must be a bolt:// or neo4j:// URI, got '" + value + "'");
            }
            return uri;
        }

        Path path(String name, Path fallback) {
            String value = text(name, null);
            return value == null ? fallback : Path.of(value);
        }
    }
}
