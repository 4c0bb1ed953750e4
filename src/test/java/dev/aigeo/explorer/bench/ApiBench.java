package dev.aigeo.explorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.graph.Graph;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.neo4j.driver.Driver;

/**
 * API benchmark (prints figures; not a test): a load generator at a fixed arrival rate (an open model). For each
 * operation — search, entity, neighbours of ordinary nodes and of the hub (the highest-degree node), and path
 * searches — requests are scheduled every {@code 1/rate} seconds whether or not the previous ones have answered,
 * and each latency runs from the request's <em>scheduled</em> start, so a slow answer that delays the next ones is
 * counted in them too (no coordinated omission). Through the HTTP API and, at the same rate in the same run
 * (interleaved half a period apart), the same Cypher and parameters through the driver (what the API returns with
 * {@code explain=true}; path searches always return theirs). Prints p50/p99 of both and the ratio API/driver
 * against the targets (p50 ≤ 1.5× and p99 ≤ 2× for search, entity and neighbours; ≤ 1.2× for paths). The API
 * is asked through {@link BenchHttp}, a pool thread per request in flight.
 *
 * <p>Path searches are limited by the server to 2 at a time per client (the rest get a 429), so both streams of
 * a path operation hold at most 2 requests in flight and queue the others: the wait counts in the latency.
 *
 * <p>Data: the bundled default dataset; with {@code -Dbench.nodes=N -Dbench.relationships=M} a synthetic dataset
 * of that size instead (seed 42), whose power-law hubs show whether expanding a hub costs the cap or the degree:
 * besides the table it prints the hub's degree, what one expansion returns ({@code -Dbench.limit}, default 100) and
 * its latency against the other nodes', at the fixed rate and one request at a time (the sequential warm-up).
 *
 * <p>Other settings: {@code -Dbench.rate} (requests/s of each stream, default 10), {@code -Dbench.pathRate} (the
 * same for path searches, default 5), {@code -Dbench.seconds} (measured per operation, default 30),
 * {@code -Dbench.warmup} (seconds at the rate before that, default 5, after up to 20 requests one at a time),
 * {@code -Dbench.threads} (the client's pool, default 64), {@code -Dbench.path} and {@code -Dbench.via} (the
 * query strings of the path searches, e.g. {@code from=person:777&to=country:3}).
 *
 * <p>A running explorer instead: {@code -Dbench.server=http://localhost:7070} with its database's Bolt address
 * {@code -Dbench.bolt} (default {@code bolt://localhost:7687}; {@code -Dbench.user}, {@code -Dbench.password} if it
 * has authentication) measures what it serves, nothing imported — e.g. the million-node store; add
 * {@code -Dbench.nodes=N} when it holds a synthetic dataset, to ask the synthetic searches and paths.
 *
 * <pre>mvn -B -o test-compile exec:java -Dexec.mainClass=dev.aigeo.explorer.bench.ApiBench \
 *     -Dexec.classpathScope=test [-Dbench.nodes=20000 -Dbench.relationships=100000]</pre>
 */
public final class ApiBench {

    /** Requests per second of each stream (API, driver), seconds measured and warmed up per operation, and so on. */
    public record Settings(double rate, double pathRate, double seconds, double warmupSeconds, int threads,
            long nodes, long relationships, int neighborLimit, String server, String bolt) {

        public static Settings fromSystemProperties() {
            return new Settings(Double.parseDouble(System.getProperty("bench.rate", "10")),
                    Double.parseDouble(System.getProperty("bench.pathRate", "5")),
                    Double.parseDouble(System.getProperty("bench.seconds", "30")),
                    Double.parseDouble(System.getProperty("bench.warmup", "5")),
                    Integer.getInteger("bench.threads", 64), Long.getLong("bench.nodes", 0),
                    Long.getLong("bench.relationships", 0), Integer.getInteger("bench.limit", 100),
                    System.getProperty("bench.server"), System.getProperty("bench.bolt", "bolt://localhost:7687"));
        }

        boolean synthetic() {
            return nodes > 0;
        }

        /** A running explorer to measure rather than one started here on a freshly imported dataset. */
        BenchTarget target() {
            return server == null ? BenchTarget.local(this) : BenchTarget.remote(server, bolt,
                    System.getProperty("bench.user", "neo4j"), System.getProperty("bench.password"));
        }
    }

    /** Names of the table's rows, in order. */
    public static final List<String> OPERATIONS = List.of("search", "entity", "neighbours", "neighbours (hub)",
            "path shortest", "path all-shortest", "path via");

    private static final List<String> DEFAULT_SEARCHES = List.of("deepseek", "alibaba", "qwen", "state council",
            "singapore", "deepsek");
    private static final List<String> SYNTHETIC_SEARCHES = List.of("Organization 0", "Lab 1", "Model 12", "alias",
            "Polcy 3", "synthetic lab");
    /** Synthetic paths: from, to and the via pattern; the ids exist from a few hundred nodes on. */
    private static final String SYNTHETIC_PATH = "from=model:40&to=license:0";
    private static final String SYNTHETIC_VIA = SYNTHETIC_PATH + "&via=Model,Model,License";
    /** Path searches the server allows at once per client. */
    private static final int PATH_SLOTS = 2;
    private static final int SAMPLE_NODES = 8;
    /** Requests each way, one after the other, before an operation's scheduled warm-up (at most). */
    private static final int SEQUENTIAL_WARMUP = 20;

    /** One request: through the API, and its Cypher and parameters for the driver. */
    private record Call(String url, String cypher, Map<String, Object> params) {
    }

    /** A row of the table: its calls (used in turn), the slots a stream may hold, the targets of its ratios. */
    private record Operation(String name, List<Call> calls, double rate, int slots, double targetP50,
            double targetP99) {
    }

    /** The latencies of one stream in ms from the scheduled starts, and its failures. */
    private record Latencies(double[] ms, int errors, String firstError) {
        double p(double percentile) {
            return BenchSupport.percentile(ms, percentile);
        }
    }

    /** An operation's two streams at the fixed rate, and its sequential warm-up (one request at a time) both ways. */
    private record Measured(Latencies api, Latencies direct, Latencies apiAlone, Latencies directAlone) {
    }

    private ApiBench() {
    }

    public static void main(String[] args) {
        run(Settings.fromSystemProperties());
        System.exit(0); // the test Neo4j's shutdown hook closes it
    }

    /**
     * Loads the data into the test Neo4j and starts the app (or attaches to a running explorer), runs every
     * operation and returns the table it printed.
     */
    public static String run(Settings settings) {
        BenchSupport.Report report = new BenchSupport.Report();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "api-bench");
            thread.setDaemon(true);
            return thread;
        });
        try (BenchTarget target = settings.target(); Driver driver = target.driver()) {
            Graph graph = target.graph();
            BenchHttp http = new BenchHttp(target.baseUrl());
            Hub hub = Hub.find(graph);
            List<String> sample = sample(graph, hub.id());
            report.printf("API against driver at a fixed arrival rate: %s (%s), %d cores, load average %.1f%n",
                    target.description(), target.size(), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            report.printf("%.0f requests/s through the API and %.0f/s through the driver (interleaved), %.0f s per"
                    + " operation after %.1f s warm-up (paths %.1f/s each way), latency from the scheduled start,"
                    + " ms%n", settings.rate(), settings.rate(), settings.seconds(), settings.warmupSeconds(),
                    settings.pathRate());
            report.printf("%-18s %6s %8s %8s %8s %8s %7s %7s %11s %6s %6s%n", "operation", "calls", "API p50",
                    "API p99", "drv p50", "drv p99", "x p50", "x p99", "target", "met", "errors");
            List<Operation> operations = operations(http, settings, hub.id(), sample);
            Map<String, Measured> measured = new HashMap<>();
            for (Operation operation : operations) {
                Measured result = drive(operation, settings, http, driver, pool);
                measured.put(operation.name(), result);
                print(report, operation, result);
            }
            printHub(report, http, graph, settings, hub, sample, measured);
            report.printf("load average at the end %.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return report.text();
    }

    /** The highest-degree entity. */
    private record Hub(String id, long degree) {
        static Hub find(Graph graph) {
            return graph.read("""
                    MATCH (n:Entity)
                    RETURN n.id AS id, COUNT { (n)--() } AS degree
                    ORDER BY degree DESC, id
                    LIMIT 1""", Map.of(), rows -> new Hub(rows.get(0).string("id"), rows.get(0).number("degree")));
        }
    }

    /** A few entities other than the hub and sources, spread over the ids. */
    private static List<String> sample(Graph graph, String hub) {
        List<String> ids = graph.read("""
                MATCH (n:Entity)
                WHERE NOT n:Source AND n.id <> $hub
                RETURN n.id AS id
                ORDER BY id""", Map.of("hub", hub), rows -> rows.stream().map(r -> r.string("id")).toList());
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE_NODES && i < ids.size(); i++) {
            sample.add(ids.get((int) ((long) i * ids.size() / SAMPLE_NODES)));
        }
        return sample;
    }

    private static List<Operation> operations(BenchHttp app, Settings settings, String hub, List<String> sample) {
        List<String> searches = settings.synthetic() ? SYNTHETIC_SEARCHES : DEFAULT_SEARCHES;
        String path = System.getProperty("bench.path", settings.synthetic() ? SYNTHETIC_PATH : PathBench.QUERIES[0][1]);
        String allShortest = path + "&mode=all-shortest";
        String via = System.getProperty("bench.via", settings.synthetic() ? SYNTHETIC_VIA : PathBench.QUERIES[3][1]);
        String neighbors = "/neighbors?limit=" + settings.neighborLimit();
        List<String> entities = sample.stream().map(id -> "/api/entities/" + encode(id)).toList();
        return List.of(
                read(app, settings, OPERATIONS.get(0),
                        searches.stream().map(q -> "/api/search?q=" + encode(q)).toList()),
                read(app, settings, OPERATIONS.get(1), entities),
                read(app, settings, OPERATIONS.get(2), entities.stream().map(url -> url + neighbors).toList()),
                read(app, settings, OPERATIONS.get(3), List.of("/api/entities/" + encode(hub) + neighbors)),
                paths(app, settings, OPERATIONS.get(4), path),
                paths(app, settings, OPERATIONS.get(5), allShortest),
                paths(app, settings, OPERATIONS.get(6), via));
    }

    private static Operation read(BenchHttp app, Settings settings, String name, List<String> urls) {
        return new Operation(name, urls.stream().map(url -> call(app, url)).toList(), settings.rate(), 0, 1.5, 2.0);
    }

    private static Operation paths(BenchHttp app, Settings settings, String name, String query) {
        return new Operation(name, List.of(call(app, "/api/paths?" + query)), settings.pathRate(), PATH_SLOTS, 1.2,
                1.2);
    }

    /** Asks the API once with {@code explain=true} for the Cypher and parameters behind {@code url}. */
    private static Call call(BenchHttp app, String url) {
        JsonNode explained = app.json(url + (url.contains("?") ? "&" : "?") + "explain=true");
        return new Call(url, explained.path("cypher").asText(), BenchSupport.params(explained.path("params")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Schedules the API stream at {@code t0 + i/rate} and the driver stream half a period later, hands each request
     * to the pool at its time (never waiting for answers) and returns both streams without the warm-up.
     */
    private static Measured drive(Operation operation, Settings settings, BenchHttp http, Driver driver,
            ExecutorService pool) {
        Latencies[] alone = warmUp(operation, Math.max(operation.calls().size(),
                Math.min(SEQUENTIAL_WARMUP, (int) Math.round(settings.warmupSeconds() * operation.rate()))), http,
                driver);
        long period = (long) (1e9 / operation.rate());
        int warmup = (int) Math.round(settings.warmupSeconds() * operation.rate());
        int total = warmup + Math.max(1, (int) Math.round(settings.seconds() * operation.rate()));
        Recorder api = new Recorder(total, operation.slots());
        Recorder direct = new Recorder(total, operation.slots());
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < total; i++) {
            Call call = operation.calls().get(i % operation.calls().size());
            int index = i;
            long apiAt = start + i * period;
            waitUntil(apiAt);
            pool.execute(() -> api.record(index, apiAt, () -> http.get(call.url())));
            long directAt = apiAt + period / 2;
            waitUntil(directAt);
            pool.execute(() -> direct.record(index, directAt,
                    () -> BenchSupport.direct(driver, call.cypher(), call.params())));
        }
        return new Measured(api.await(warmup), direct.await(warmup), alone[0], alone[1]);
    }

    /**
     * The calls {@code times} in turn one after the other both ways (JIT, caches, connections): not in the table,
     * but the time of one request with none queued before it (the last half of them).
     */
    private static Latencies[] warmUp(Operation operation, int times, BenchHttp http, Driver driver) {
        double[][] ms = new double[2][times];
        for (int i = 0; i < times; i++) {
            Call call = operation.calls().get(i % operation.calls().size());
            long started = System.nanoTime();
            http.get(call.url());
            long answered = System.nanoTime();
            BenchSupport.direct(driver, call.cypher(), call.params());
            ms[0][i] = (answered - started) / 1e6;
            ms[1][i] = (System.nanoTime() - answered) / 1e6;
        }
        return new Latencies[] {new Latencies(Arrays.copyOfRange(ms[0], times / 2, times), 0, null),
                new Latencies(Arrays.copyOfRange(ms[1], times / 2, times), 0, null)};
    }

    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** Latencies of one stream as its requests finish, with at most {@code slots} in flight when slots > 0. */
    private static final class Recorder {
        private interface Request {
            void send();
        }

        private final double[] ms;
        private final CountDownLatch done;
        private final Semaphore slots;
        private final AtomicInteger errors = new AtomicInteger();
        private final AtomicReference<String> firstError = new AtomicReference<>();

        Recorder(int total, int slots) {
            this.ms = new double[total];
            this.done = new CountDownLatch(total);
            this.slots = slots > 0 ? new Semaphore(slots, true) : null;
        }

        void record(int index, long scheduled, Request request) {
            try {
                if (slots != null) {
                    slots.acquireUninterruptibly();
                }
                try {
                    request.send();
                } finally {
                    if (slots != null) {
                        slots.release();
                    }
                }
            } catch (Exception e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e.toString());
            } finally {
                ms[index] = (System.nanoTime() - scheduled) / 1e6;
                done.countDown();
            }
        }

        Latencies await(int warmup) {
            try {
                if (!done.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("requests still running after 10 minutes");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new Latencies(Arrays.copyOfRange(ms, warmup, ms.length), errors.get(), firstError.get());
        }
    }

    private static void print(BenchSupport.Report report, Operation operation, Measured measured) {
        Latencies api = measured.api();
        Latencies direct = measured.direct();
        double x50 = api.p(50) / direct.p(50);
        double x99 = api.p(99) / direct.p(99);
        boolean met = x50 <= operation.targetP50() && x99 <= operation.targetP99();
        report.printf("%-18s %6d %8.2f %8.2f %8.2f %8.2f %6.2fx %6.2fx %5.1fx/%.1fx %6s %6d%n", operation.name(),
                api.ms().length, api.p(50), api.p(99), direct.p(50), direct.p(99), x50, x99, operation.targetP50(),
                operation.targetP99(), met ? "yes" : "no", api.errors() + direct.errors());
        for (Latencies stream : List.of(api, direct)) {
            if (stream.firstError() != null) {
                report.printf("  first error: %s%n", stream.firstError());
            }
        }
    }

    /** The hub against the sampled nodes: its degree, what one expansion returns, and what it costs. */
    private static void printHub(BenchSupport.Report report, BenchHttp app, Graph graph, Settings settings, Hub hub,
            List<String> sample, Map<String, Measured> measured) {
        JsonNode expanded = app.json("/api/entities/" + encode(hub.id()) + "/neighbors?limit="
                + settings.neighborLimit());
        double medianDegree = BenchSupport.percentile(graph.read("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN COUNT { (n)--() } AS degree""", Map.of("ids", sample),
                rows -> rows.stream().mapToDouble(r -> r.number("degree")).toArray()), 50);
        Measured atHub = measured.get(OPERATIONS.get(3));
        Measured others = measured.get(OPERATIONS.get(2));
        report.printf("hub %s: degree %,d, neighbours returned %d of %,d (limit %d, truncated %s); API p50 %.2f ms"
                + " p99 %.2f ms, driver p50 %.2f ms p99 %.2f ms%n", hub.id(), hub.degree(),
                expanded.path("edges").size(), expanded.path("total").asLong(), settings.neighborLimit(),
                expanded.path("truncated").asBoolean(), atHub.api().p(50), atHub.api().p(99), atHub.direct().p(50),
                atHub.direct().p(99));
        report.printf("hub against the sampled nodes (median degree %.0f): %.1fx the degree; at the fixed rate API p50"
                + " %.2fx, driver p50 %.2fx; one request at a time API %.2f ms against %.2f ms (%.2fx), driver %.2f ms"
                + " against %.2f ms (%.2fx)%n", medianDegree, hub.degree() / Math.max(1, medianDegree),
                atHub.api().p(50) / others.api().p(50), atHub.direct().p(50) / others.direct().p(50),
                atHub.apiAlone().p(50), others.apiAlone().p(50), atHub.apiAlone().p(50) / others.apiAlone().p(50),
                atHub.directAlone().p(50), others.directAlone().p(50),
                atHub.directAlone().p(50) / others.directAlone().p(50));
    }
}
