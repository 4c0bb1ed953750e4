package dev.aigeo.explorer.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;

/**
 * An in-process Neo4j Community server with its Bolt connector on 127.0.0.1. The app talks to it through the
 * Java driver exactly as to an external server, so there is one code path; local tools (cypher-shell, Neo4j
 * Desktop) can connect to the same port.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService service;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
        this.service = service;
        this.boltPort = boltPort;
    }

    /**
     * Starts (or reopens) the store under {@code home}. A {@code password} turns authentication on for user
     * {@code neo4j}; without one, Bolt is open to local tools. Port 0 picks a free port.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String password, String pageCacheSize) {
        return start(home, boltPort, password, pageCacheSize, Map.of());
    }

    /**
     * The same with settings laid over the hardened ones — only for benchmarks that must compare with
     * {@code LOAD CSV} from files, never for the served explorer.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String password, String pageCacheSize,
            Map<Setting<?>, Object> overrides) {
        Objects.requireNonNull(home, "home");
        try {
            int port = boltPort == 0 ? freePort() : boltPort; // advertised for neo4j:// routing, so known before
            Files.createDirectories(home);
            Path conf = home.resolve("neo4j-hardening.conf");
            Files.writeString(conf, Hardening.text());
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                    .loadPropertiesFromFile(conf)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteSizes.parse(pageCacheSize))
                    .setConfig(overrides)
                    .build();
            EmbeddedNeo4j neo4j = new EmbeddedNeo4j(service, port);
            if (password != null) {
                neo4j.setPassword(password);
            }
            return neo4j;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded Neo4j store in " + home, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void setPassword(String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    /** The database {@code name} of this instance, for reads in this JVM ({@link Graph#readingInProcess}). */
    public GraphDatabaseService database(String name) {
        return service.database(name);
    }

    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + boltPort);
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
