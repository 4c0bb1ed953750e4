package dev.aigeo.explorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.generate.SyntheticDataset;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** What the benchmarks share: the API's Cypher replayed through the driver, percentiles, datasets, the report. */
final class BenchSupport {

    /** The seed of every synthetic dataset the benchmarks write, so that runs compare. */
    static final long SEED = 42;

    private BenchSupport() {
    }

    /** Text printed as it is written (a long benchmark shows its progress) and kept for whoever called it. */
    static final class Report {
        private final StringBuilder text = new StringBuilder();

        void printf(String format, Object... args) {
            String line = String.format(Locale.ROOT, format, args);
            text.append(line);
            System.out.print(line);
            System.out.flush();
        }

        String text() {
            return text.toString();
        }
    }

    /** The JSON of a 200 answer, or an exception that says what came instead. */
    static JsonNode api(TestApp app, String url) {
        TestApp.Response response = app.get(url);
        if (response.status() != 200) {
            throw new IllegalStateException(url + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** Runs {@code cypher} as the app does (read transaction, database named, every record pulled); the row count. */
    static int direct(Driver driver, String cypher, Map<String, Object> params) {
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            return session.executeRead(tx -> tx.run(cypher, params).list().size());
        }
    }

    /** The API's parameters ({@code explain=true}) as the driver takes them: asOf back to a date, lists to lists. */
    static Map<String, Object> params(JsonNode json) {
        Map<String, Object> params = new HashMap<>();
        json.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            Object converted;
            if (value.isNull()) {
                converted = null;
            } else if (value.isArray()) {
                List<String> list = new ArrayList<>();
                value.forEach(v -> list.add(v.asText()));
                converted = list;
            } else if (value.isNumber()) {
                converted = value.asLong();
            } else if (field.getKey().equals("asOf")) {
                converted = LocalDate.parse(value.asText());
            } else {
                converted = value.asText();
            }
            params.put(field.getKey(), converted);
        });
        return params;
    }

    /** The nearest-rank percentile {@code p} (0–100) of {@code values}. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    /** Writes the synthetic dataset ({@link #SEED}) of that size into a new folder {@code data} under {@code work}. */
    static Path synthetic(Path work, long nodes, long relationships) {
        Path data = work.resolve("data");
        new SyntheticDataset(nodes, SEED).write(data, relationships);
        return data;
    }

    /** Imports {@code folder} with the project's importer, or throws with its first fault. */
    static Datasets.ImportResult importOrFail(Graph graph, Path folder) {
        Datasets.ImportResult result = Datasets.importInto(graph, folder);
        if (!result.imported()) {
            throw new IllegalStateException(result.faults().size() + " faults, e.g. " + result.faults().get(0));
        }
        return result;
    }
}
