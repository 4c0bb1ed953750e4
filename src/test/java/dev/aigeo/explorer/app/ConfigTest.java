package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsToEmbeddedOnLocalhost7070() {
        Config config = Config.fromEnv(Map.of());

        assertThat(config.embedded()).isTrue();
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.boltPort()).isEqualTo(7687);
        assertThat(config.dataDir().toString()).contains(".ai-geo-explorer").doesNotContain("target");
        assertThat(config.neo4jPassword()).isNull();
        assertThat(config.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.cypherTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void readsEveryVariable() {
        Config config = Config.fromEnv(Map.of("PORT", "8080", "NEO4J_URI", "neo4j+s://db.example.org",
                "NEO4J_USER", "reader", "NEO4J_PASSWORD", "pw", "DATA_DIR", "/srv/neo4j", "BOLT_PORT", "7688",
                "DATASET", "/data/mine", "ADMIN_TOKEN", "t0k3n", "QUERY_TIMEOUT_SECONDS", "3", "HOST", "0.0.0.0"));

        assertThat(config.embedded()).isFalse();
        assertThat(config.neo4jUri()).isEqualTo(URI.create("neo4j+s://db.example.org"));
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataset()).isEqualTo(Path.of("/data/mine"));
        assertThat(config.queryTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.toString()).doesNotContain("pw").doesNotContain("t0k3n");
    }

    @Test
    void readsTheConsoleTimeoutAndKeepsItInCopies() {
        Config config = Config.fromEnv(Map.of("CYPHER_TIMEOUT_SECONDS", "4"));

        assertThat(config.cypherTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.withPorts(0, 0).withDataset(Path.of("/d")).cypherTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.toString()).contains("cypherTimeout=PT4S");
    }

    @Test
    void explainsBadValues() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("PORT", "seventy"))).hasMessage("PORT must be a whole number, got 'seventy'");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BOLT_PORT", "70000"))).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("NEO4J_URI", "http://x"))).hasMessageContaining("bolt:// or neo4j://");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("CYPHER_TIMEOUT_SECONDS", "0")))
                .hasMessage("CYPHER_TIMEOUT_SECONDS must be a positive number, got 0");
    }
}
