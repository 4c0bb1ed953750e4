package dev.aigeo.explorer.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.http.Json;
import dev.aigeo.explorer.support.TestApp.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query of the library, as {@code /api/queries} serves it, passes the gate and finds rows in the default data. */
class QueryLibraryIT {

    @RegisterExtension
    static final ConsoleClient console = ConsoleClient.onDefaultDataset(Map.of());

    static List<LibraryQuery> library() {
        return QueryLibrary.load(QueryLibrary.FOLDER, Json.mapper());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void runsWithItsDefaultsAndFindsRows(LibraryQuery query) {
        Response response = console.run(query.cypher(), query.defaults(), null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("rows")).as(query.title()).isNotEmpty();
        assertThat(response.json().path("truncated").asBoolean()).isFalse();
    }

    @Test
    void servesTheLibraryWithTitlesParametersAndCypher() {
        JsonNode queries = console.app().get("/api/queries").json();

        assertThat(queries.size()).isEqualTo(library().size()).isGreaterThanOrEqualTo(15);
        JsonNode chain = null;
        for (JsonNode query : queries) {
            if (query.path("name").asText().equals("chain-from-export-control-to-region")) {
                chain = query;
            }
        }
        assertThat(chain).isNotNull();
        assertThat(chain.path("title").asText()).isEqualTo("Shortest chain from a U.S. export control to an Indonesian cloud region");
        assertThat(chain.path("description").asText()).contains("through China and a Chinese cloud");
        assertThat(chain.at("/parameters/1").toString())
                .isEqualTo("{\"name\":\"country\",\"default\":\"ID\",\"description\":\"ISO code of the country of the regions\"}");
        assertThat(chain.path("cypher").asText()).startsWith("MATCH (policy:Policy {id: $policy})");
    }

    @Test
    void theChainFromAnExportControlReachesJakartaThroughAChineseCloud() {
        LibraryQuery chain = library().stream().filter(q -> q.name().equals("chain-from-export-control-to-region"))
                .findFirst().orElseThrow();

        JsonNode first = console.run(chain.cypher(), chain.defaults(), null).json().at("/rows/0");

        assertThat(first.get(1).asInt()).isEqualTo(3);
        assertThat(first.get(2).toString()).contains("China", "Jakarta");
    }
}
