package dev.aigeo.explorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.explore.PathRequest;
import dev.aigeo.explorer.explore.PathService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Path benchmark (prints figures; not a test): the same path searches through {@code GET /api/paths} and directly
 * through the Neo4j driver — the Cypher and parameters the API itself returns, run in a read transaction with all
 * records pulled — on the default dataset in the test Neo4j (embedded when Docker is absent). After a warm-up
 * ({@code -Dbench.warmup} rounds of each query, default 300: fewer leave the floor's fresh server cold, and HTTP
 * then costs twice what it costs a server that has been answering for a while, see {@link HttpWaitBench}),
 * each query runs {@code -Dbench.iterations} times (default 200) alternating the ways below; the table gives p50
 * and p99 in milliseconds and the API/driver ratio (target ≤ 1.2×). The API also checks the request, reads the
 * cited sources and the dataset's phrases, ranks, writes the sentences and the JSON: that is the overhead
 * measured. To tell where it goes, "service" is {@link PathService} called in process (all of that but HTTP and
 * JSON), and "floor" is the driver's call behind a bare HTTP route that answers only the row count: what HTTP
 * alone adds, the least any HTTP API could. The API is asked through {@link BenchHttp}.
 *
 * <pre>mvn -B -o test-compile exec:java -Dexec.mainClass=dev.aigeo.explorer.bench.PathBench \
 *     -Dexec.classpathScope=test</pre>
 *
 * <p>A running explorer instead, as {@link ApiBench} takes it: {@code -Dbench.server=http://localhost:7070} and
 * {@code -Dbench.bolt} (default {@code bolt://localhost:7687}; {@code -Dbench.user}, {@code -Dbench.password}),
 * with the ends of its searches in {@code -Dbench.path} (e.g. {@code from=person:777&to=country:3}: shortest and
 * all-shortest) and a pattern search in {@code -Dbench.via}. The service and the floor then run in this JVM, in
 * front of the same database.
 */
public final class PathBench {

    private static final String STATE_COUNCIL_TO_JAKARTA = "from=gov:cn-state-council&to=region:alibaba-ap-southeast-5";

    /** Name and query string of each search. */
    static final String[][] QUERIES = {
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
        int warmup = Integer.getInteger("bench.warmup", 300);
        String server = System.getProperty("bench.server");
        if (server == null) {
            run(iterations, warmup);
        } else {
            String path = System.getProperty("bench.path", "from=person:777&to=country:3");
            List<String[]> queries = new ArrayList<>(List.of(new String[] {"shortest", path},
                    new String[] {"all-shortest", path + "&mode=all-shortest"}));
            String via = System.getProperty("bench.via");
            if (via != null) {
                queries.add(new String[] {"via", via});
            }
            BenchTarget target = BenchTarget.remote(server, System.getProperty("bench.bolt", "bolt://localhost:7687"),
                    System.getProperty("bench.user", "neo4j"), System.getProperty("bench.password"));
            run(target, queries.toArray(String[][]::new), iterations, warmup);
        }
        System.exit(0); // the test Neo4j's shutdown hook closes it
    }

    /** Imports the default dataset into the test Neo4j, runs every search and returns the table it printed. */
    public static String run(int iterations, int warmup) {
        return run(BenchTarget.bundled(), QUERIES, iterations, warmup);
    }

    /** Runs {@code queries} against {@code target} (then closed) and returns the table it printed. */
    private static String run(BenchTarget target, String[][] queries, int iterations, int warmup) {
        BenchSupport.Report report = new BenchSupport.Report();
        try (target;
                Driver driver = target.driver();
                HttpFloor floor = HttpFloor.start(driver)) {
            report.printf("Path searches: %s (%s), %d iterations after %d warm-up, ms%n", target.description(),
                    target.size(), iterations, warmup);
            report.printf("%-30s %5s %8s %8s %8s %8s %8s %8s %8s %8s %6s %6s%n", "query", "paths",
                    "API p50", "API p99", "drv p50", "drv p99", "svc p50", "svc p99", "flr p50", "flr p99", "x p50",
                    "x p99");
            Ways ways = new Ways(new BenchHttp(target.baseUrl()), driver, new PathService(target.graph()), floor,
                    new BenchHttp(floor.base()));
            for (String[] query : queries) {
                run(report, ways, query, iterations, warmup);
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        return report.text();
    }

    /** The four ways of asking: the API, the driver, the service in process, and the driver behind a bare route. */
    private record Ways(BenchHttp http, Driver driver, PathService service, HttpFloor floor, BenchHttp floorHttp) {
    }

    private static void run(BenchSupport.Report report, Ways ways, String[] query, int iterations, int warmup) {
        String url = "/api/paths?" + query[1];
        JsonNode answer = ways.http().json(url);
        String cypher = answer.path("cypher").asText();
        Map<String, Object> params = BenchSupport.params(answer.path("params"));
        PathRequest request = request(query[1], params);
        String floorUrl = ways.floor().route(cypher, params);
        double[][] ms = new double[4][iterations];
        for (int i = -warmup; i < iterations; i++) {
            long t0 = System.nanoTime();
            ways.http().get(url);
            long t1 = System.nanoTime();
            BenchSupport.direct(ways.driver(), cypher, params);
            long t2 = System.nanoTime();
            ways.service().paths(request);
            long t3 = System.nanoTime();
            ways.floorHttp().get(floorUrl);
            long t4 = System.nanoTime();
            if (i >= 0) {
                ms[0][i] = (t1 - t0) / 1e6;
                ms[1][i] = (t2 - t1) / 1e6;
                ms[2][i] = (t3 - t2) / 1e6;
                ms[3][i] = (t4 - t3) / 1e6;
            }
        }
        double[] p50 = new double[4];
        double[] p99 = new double[4];
        for (int way = 0; way < 4; way++) {
            p50[way] = BenchSupport.percentile(ms[way], 50);
            p99[way] = BenchSupport.percentile(ms[way], 99);
        }
        report.printf("%-30s %5d %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %5.2fx %5.2fx%n", query[0],
                answer.path("paths").size(), p50[0], p99[0], p50[1], p99[1], p50[2], p99[2], p50[3], p99[3],
                p50[0] / p50[1], p99[0] / p99[1]);
    }

    private static List<String> types(String commaSeparated) {
        return commaSeparated == null ? null : List.of(commaSeparated.split(","));
    }

    /** The request the API parsed, rebuilt from the query string (mode, k, types) and the parameters it returned. */
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
                "out".equals(raw.get("direction")), (List<String>) params.get("via"), types(raw.get("types")),
                (LocalDate) params.get("asOf"));
    }
}
