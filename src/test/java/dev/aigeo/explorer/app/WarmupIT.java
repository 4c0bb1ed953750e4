package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up asks every request a first visit makes, and each is answered. */
class WarmupIT {

    @Test
    void asksWhatAFirstVisitAsksAndEveryRequestIsAnswered() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Fixtures.dataset("fixture")).imported()).isTrue();
        try (TestApp app = TestApp.start(TestNeo4j.graph(), "fixture", TestNeo4j.mode().equals("embedded"))) {
            List<Warmup.Step> steps = new Warmup(URI.create(app.url(""))).run();

            assertThat(steps).allSatisfy(step -> assertThat(step.status()).as(step.path()).isEqualTo(200));
            assertThat(steps).extracting(step -> step.path().replaceAll("[?].*", "")
                            .replaceAll("/api/(\\w+)/[^/]+", "/api/$1/{id}"))
                    .containsExactly("/", "/js/main.js", "/api/meta", "/api/search", "/api/queries", "/api/stories",
                            "/api/search", "/api/entities/{id}", "/api/entities/{id}/neighbors",
                            "/api/entities/{id}/neighbors", "/api/export", "/api/paths");
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsRecordedNotThrown() {
        List<Warmup.Step> steps = new Warmup(URI.create("http://127.0.0.1:9")).run();

        assertThat(steps).isNotEmpty().allSatisfy(step -> assertThat(step.status()).isZero());
    }
}
