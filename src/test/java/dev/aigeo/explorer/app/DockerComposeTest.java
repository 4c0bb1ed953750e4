package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aigeo.explorer.graph.Hardening;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker-compose.yml must harden its Neo4j exactly as the embedded mode (and the tests) do. */
class DockerComposeTest {

    private static final JsonNode COMPOSE = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** neo4j.conf name → the Neo4j image's variable: NEO4J_ prefix, '_' doubled, '.' → '_'. */
    static String envName(String setting) {
        return "NEO4J_" + setting.replace("_", "__").replace('.', '_');
    }

    @Test
    void neo4jServiceHasEveryHardeningSettingOfTheEmbeddedMode() {
        JsonNode env = COMPOSE.at("/services/neo4j/environment");
        Map<String, String> hardening = Hardening.settings();
        assertThat(hardening).containsKeys("db.transaction.timeout", "db.memory.transaction.max",
                "dbms.security.allow_csv_import_from_file_urls");
        hardening.forEach((setting, value) ->
                assertThat(env.path(envName(setting)).asText()).as(setting).isEqualTo(value));
    }

    @Test
    void boltIsPublishedOnLoopbackOnlyAndTheAppWaitsForAHealthyNeo4j() {
        assertThat(COMPOSE.at("/services/neo4j/ports/0").asText()).isEqualTo("127.0.0.1:7687:7687");
        assertThat(COMPOSE.at("/services/neo4j/image").asText()).startsWith("neo4j:5.26");
        assertThat(COMPOSE.at("/services/neo4j/healthcheck/test").isMissingNode()).isFalse();
        assertThat(COMPOSE.at("/services/explorer/depends_on/neo4j/condition").asText()).isEqualTo("service_healthy");
        assertThat(COMPOSE.at("/services/explorer/build/dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile");
        assertThat(COMPOSE.at("/services/explorer/environment/NEO4J_URI").asText()).isEqualTo("bolt://neo4j:7687");
    }
}
