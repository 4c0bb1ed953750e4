package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.TestNeo4j;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The served explorer reads path searches in process when its database is embedded
 * ({@code Graph.readingInProcess}); every kind of search must answer exactly as through the driver: the same paths,
 * sentences, elements with their properties (dates as precise as given), sources and Cypher.
 */
class InProcessReadsIT {

    private static Graph throughDriver;

    @BeforeAll
    static void load() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Datasets.bundled()).imported()).isTrue();
        throughDriver = Graph.connect(TestNeo4j.boltUri(), "neo4j", null, "neo4j", Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        throughDriver.close();
    }

    static List<PathRequest> requests() {
        String from = "gov:cn-state-council";
        String to = "region:alibaba-ap-southeast-5";
        return List.of(
                new PathRequest(from, to, PathRequest.Mode.SHORTEST, 5, 6, false, null, null, null),
                new PathRequest(from, to, PathRequest.Mode.ALL_SHORTEST, 5, 6, false, null, null, null),
                new PathRequest(from, to, PathRequest.Mode.ALL_SHORTEST, 5, 6, false, null, null,
                        LocalDate.of(2025, 1, 1)),
                new PathRequest(from, to, PathRequest.Mode.K_SHORTEST, 5, 6, false, null, null, null),
                new PathRequest("policy:cn-ai-plus-2025", to, PathRequest.Mode.SHORTEST, 5, 6, false,
                        List.of("Policy", "Lab", "CloudRegion"), null, null),
                new PathRequest("gov:it-garante", "license:mit", PathRequest.Mode.SHORTEST, 5, 6, false,
                        List.of("Government", "Model", "License"), List.of("LICENSED_UNDER", "RESTRICTS"), null));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void everyKindOfPathSearchAnswersAsThroughTheDriver(PathRequest request) {
        PathService.Paths inProcess = new PathService(TestNeo4j.graph()).paths(request);
        PathService.Paths driver = new PathService(throughDriver).paths(request);

        assertThat(inProcess.paths()).as("paths found").isNotEmpty();
        assertThat(inProcess).isEqualTo(driver);
    }

    @Test
    void theTestGraphReadsInProcessWhenTheDatabaseIsEmbedded() {
        if (TestNeo4j.mode().equals("embedded")) {
            assertThat(TestNeo4j.graph().readsInProcess()).isTrue();
        }
        assertThat(throughDriver.readsInProcess()).isFalse();
    }
}
