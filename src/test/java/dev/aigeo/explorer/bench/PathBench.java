package dev.aigeo.explorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.explore.PathRequest;
import dev.aigeo.explorer.explore.PathService;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Path benchmark (prints figures; not a test): the same path searches through {@code GET /api/paths} and directly
 * through the Neo4j driver — the Cypher and parameters the API itself returns, run in a read transaction with all
 * records pulled — on the default dataset in the test Neo4j (embedded when Docker is absent). After a warm-up,
 * each query runs {@code -Dbench.iterations} times (default 200) alternating API and driver; the table gives p50
 * and p99 in milliseconds and the API/driver ratio (target ≤ 1.2×). The API also checks both ends exist, reads
 * the cited sources and the dataset's phrases, writes the sentences and the JSON: that is the overhead measured.
 * To tell where it goes, "service" is {@link PathService} called in process (all of that but HTTP and JSON).
 *
 * <pre>mvn -B -o test-compile exec:java -Dexec.mainClass=dev.aigeo.explorer.bench.PathBench \
 *     -Dexec.classpathScope=test</pre>
 */
public final class PathBench {

    private static final String STATE_COUNCIL_TO_JAKARTA = "from=gov:cn-state-council&to=region:alibaba-ap-southeast-5";

    /** Name and query string of each search. */
    private static final String[][] QUERIES = {
        {"shortest", STATE_COUNCIL_TO_JAKARTA},
        {"all-shortest", STATE_COUNCIL_TO_JAKARTA + "&mode=all-shortest"},
        {"all-shortest asOf 2025", STATE_COUNCIL_TO_JAKARTA + "&mode=all-shortest&asOf=2025-01-01"},
        {"via Policy,Lab,CloudRegion", "from=policy:cn-ai-plus-2025&to=region:alibaba-ap-southeast-5&via=Policy,Lab,CloudRegion"},
        {"via Government,Model,License", "from=gov:it-garante&to=license:mit&via=Government,Model,License"
                + "&types=RESTRICTS,LICENSED_UNDER"},
        {"k-shortest k=5", STATE_COUNCIL_TO_JAKARTA + "&mode=k-shortest&k=5"},
    };

    private PathBench() {
    }

    public static void main(String[] args) {
        int iterations = Integer.getInteger("bench.iterations", 200);
        int warmup = Integer.getInteger("bench.warmup", 30);
        TestNeo4j.reset();
        Datasets.importInto(TestNeo4j.graph(), Datasets.bundled());
        try (TestApp app = TestApp.start(TestNeo4j.graph(), "global-south-ai", TestNeo4j.mode().equals("embedded"));
                Driver driver = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none())) {
            System.out.printf("Path searches on the default dataset (%s Neo4j), %d iterations after %d warm-up, ms%n",
                    TestNeo4j.mode(), iterations, warmup);
            System.out.printf("%-30s %5s %8s %8s %8s %8s %8s %8s %6s %6s%n", "query", "paths",
                    "API p50", "API p99", "drv p50", "drv p99", "svc p50", "svc p99", "x p50", "x p99");
            PathService service = new PathService(TestNeo4j.graph());
            for (String[] query : QUERIES) {
                run(app, driver, service, query, iterations, warmup);
            }
        }
        System.exit(0); // the test Neo4j's shutdown hook closes it
    }

    private static void run(TestApp app, Driver driver, PathService service, String[] query, int iterations, int warmup) {
        String url = "/api/paths?" + query[1];
        JsonNode answer = api(app, url);
        String cypher = answer.path("cypher").asText();
        Map<String, Object> params = params(answer.path("params"));
        PathRequest request = request(query[1], params);
        for (int i = 0; i < warmup; i++) {
            api(app, url);
            direct(driver, cypher, params);
            service.paths(request);
        }
        double[][] ms = new double[3][iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            api(app, url);
            long t1 = System.nanoTime();
            direct(driver, cypher, params);
            long t2 = System.nanoTime();
            service.paths(request);
            long t3 = System.nanoTime();
            ms[0][i] = (t1 - t0) / 1e6;
            ms[1][i] = (t2 - t1) / 1e6;
            ms[2][i] = (t3 - t2) / 1e6;
        }
        double[] p50 = {percentile(ms[0], 50), percentile(ms[1], 50), percentile(ms[2], 50)};
        double[] p99 = {percentile(ms[0], 99), percentile(ms[1], 99), percentile(ms[2], 99)};
        System.out.printf("%-30s %5d %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %5.2fx %5.2fx%n", query[0], answer.path("paths").size(),
                p50[0], p99[0], p50[1], p99[1], p50[2], p99[2], p50[0] / p50[1], p99[0] / p99[1]);
    }

    /** The request the API parsed, rebuilt from the query string (mode, k) and the parameters it returned. */
    @SuppressWarnings("unchecked")
    private static PathRequest request(String query, Map<String, Object> params) {
        Map<String, String> raw = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            raw.put(kv[0], kv[1]);
        }
        return new PathRequest((String) params.get("from"), (String) params.get("to"),
                PathRequest.Mode.valueOf(raw.getOrDefault("mode", "shortest").toUpperCase(Locale.ROOT).replace('-', '_')),
                Integer.parseInt(raw.getOrDefault("k", "5")), ((Long) params.get("maxHops")).intValue(),
                "out".equals(raw.get("direction")), (List<String>) params.get("via"), (List<String>) params.get("types"),
                (LocalDate) params.get("asOf"));
    }

    private static JsonNode api(TestApp app, String url) {
        TestApp.Response response = app.get(url);
        if (response.status() != 200) {
            throw new IllegalStateException(url + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    private static int direct(Driver driver, String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list().size());
        }
    }

    /** The API's parameters as the driver takes them: asOf back to a date, lists to lists. */
    private static Map<String, Object> params(JsonNode json) {
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

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}
