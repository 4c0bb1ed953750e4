package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.support.TestNeo4j;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Until the start-up dataset has committed, health answers 503 STARTING; then 200 UP. */
class StartingIT {

    @Test
    void healthSaysStartingUntilTheDatasetIsReady() throws Exception {
        DatasetStatus status = new DatasetStatus();
        status.loading("fixture");
        Javalin app = ExplorerApp.create(Config.fromEnv(Map.of()).withPorts(0, 0), TestNeo4j.graph(), status).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/health")).build();

            HttpResponse<String> starting = client.send(health, HttpResponse.BodyHandlers.ofString());
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("\"status\":\"STARTING\"").contains("\"status\":\"loading\"");

            status.ready("fixture", "1.0");
            HttpResponse<String> up = client.send(health, HttpResponse.BodyHandlers.ofString());
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"status\":\"UP\"").contains("\"status\":\"ready\"");
        } finally {
            app.stop();
        }
    }
}
