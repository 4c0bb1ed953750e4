package dev.aigeo.explorer.bench;

import dev.aigeo.explorer.dataset.TempFolders;
import dev.aigeo.explorer.graph.EmbeddedNeo4j;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.Schema;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Import benchmark (prints figures; not a test): the project's importer against
 * {@code LOAD CSV … CALL {…} IN TRANSACTIONS OF 10000 ROWS} on the same synthetic files, each into an empty
 * embedded database of its own (this one allows file URLs; the served explorer never does). Prints each round's
 * times and ratio, then the median rows/s of each, their ratio (target ≥ 1.0×) and the peak heap of the process
 * while each ran. Both run once on a small dataset before they are measured.
 *
 * <pre>mvn -B -o test-compile exec:java -Dexec.mainClass=dev.aigeo.explorer.bench.ImportBench \
 *     -Dexec.classpathScope=test -Dbench.nodes=20000 -Dbench.relationships=100000 -Dbench.rounds=3</pre>
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        run(Long.getLong("bench.nodes", 20_000), Long.getLong("bench.relationships", 100_000),
                Integer.getInteger("bench.rounds", 3));
    }

    /**
     * Writes the synthetic files, then imports them both ways {@code rounds} times, taking turns at going first
     * (Neo4j's write path keeps getting faster over the first imports of a process); returns the table it printed,
     * whose rows are the medians.
     */
    public static String run(long nodes, long relationships, int rounds) throws Exception {
        Path work = TempFolders.create("import-bench");
        try {
            return run(work, nodes, relationships, rounds);
        } finally {
            TempFolders.delete(work);
        }
    }

    private static String run(Path work, long nodes, long relationships, int rounds) throws Exception {
        Path data = BenchSupport.synthetic(work, nodes, relationships);
        long rows = nodes + relationships;
        warmUp(work, nodes, relationships);

        BenchSupport.Report report = new BenchSupport.Report();
        report.printf("Import of %,d nodes + %,d relationships (synthetic, seed %d) into an empty embedded Neo4j%n",
                nodes, relationships, BenchSupport.SEED);
        List<Measured> project = new ArrayList<>();
        List<Measured> loadCsv = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path stores = work.resolve("round-" + round);
            boolean projectFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == projectFirst) {
                    project.add(measure(stores.resolve("db-project"), data,
                            (graph, driver) -> BenchSupport.importOrFail(graph, data)));
                } else {
                    loadCsv.add(measure(stores.resolve("db-loadcsv"), data, (graph, driver) -> loadCsv(driver, data)));
                }
            }
            report.printf("round %d (%s first): project %.1f s, LOAD CSV %.1f s, ratio %.2fx%n", round + 1,
                    projectFirst ? "project" : "LOAD CSV", project.get(round).millis() / 1000.0,
                    loadCsv.get(round).millis() / 1000.0,
                    (double) loadCsv.get(round).millis() / project.get(round).millis());
        }
        Measured projectMedian = median(project);
        Measured loadCsvMedian = median(loadCsv);
        report.printf("median of %d rounds:%n", rounds);
        report.printf("%-34s %10s %12s %14s%n", "importer", "seconds", "rows/s", "peak heap MB");
        print(report, "project importer", projectMedian, rows);
        print(report, "LOAD CSV IN TRANSACTIONS OF 10000", loadCsvMedian, rows);
        report.printf("ratio project / LOAD CSV (rows/s): %.2fx (target >= 1.0x)%n",
                (double) loadCsvMedian.millis() / projectMedian.millis());
        return report.text();
    }

    /** The median time (of an even count, the mean of the middle two), with the highest peak heap of the rounds. */
    private static Measured median(List<Measured> rounds) {
        long[] millis = rounds.stream().mapToLong(Measured::millis).sorted().toArray();
        return new Measured((millis[(millis.length - 1) / 2] + millis[millis.length / 2]) / 2,
                rounds.stream().mapToLong(Measured::peakHeapBytes).max().orElseThrow());
    }

    /**
     * Both importers once on a small dataset first, each into a store of its own: in a cold process whichever
     * runs first also pays for loading and compiling Neo4j's write path (the project's importer, measured first,
     * lost 15–25% to it).
     */
    private static void warmUp(Path work, long nodes, long relationships) throws Exception {
        Path warm = work.resolve("warm-up");
        Path data = BenchSupport.synthetic(warm, Math.min(nodes, 2_000), Math.min(relationships, 10_000));
        measure(warm.resolve("db-project"), data, (graph, driver) -> BenchSupport.importOrFail(graph, data));
        measure(warm.resolve("db-loadcsv"), data, (graph, driver) -> loadCsv(driver, data));
    }

    private interface Work {
        void run(Graph graph, Driver driver) throws Exception;
    }

    private record Measured(long millis, long peakHeapBytes) {
    }

    private static void print(BenchSupport.Report report, String name, Measured m, long rows) {
        report.printf("%-34s %10.1f %,12.0f %14d%n", name, m.millis() / 1000.0, rows * 1000.0 / m.millis(),
                m.peakHeapBytes() >> 20);
    }

    private static Measured measure(Path store, Path data, Work work) throws Exception {
        Map<org.neo4j.graphdb.config.Setting<?>, Object> fileUrls = Map.of(
                GraphDatabaseSettings.allow_file_urls, true,
                GraphDatabaseSettings.load_csv_file_url_root, data,
                GraphDatabaseSettings.memory_transaction_max_size, 2L << 30);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0, null, "256m", fileUrls);
                Graph graph = Graph.connect(neo4j.boltUri(), "neo4j", null, "neo4j", Duration.ofMinutes(30));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            Schema.apply(graph);
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long started = System.nanoTime();
            work.run(graph, driver);
            long millis = (System.nanoTime() - started) / 1_000_000;
            sampler.interrupt();
            return new Measured(millis, peak.get());
        }
    }

    /** The same MERGEs as the importer (on Entity.id and the relationship's public id), file by file. */
    private static void loadCsv(Driver driver, Path data) throws IOException {
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            for (Path file : files(data.resolve("nodes"))) {
                String label = name(file);
                boolean source = label.equals("Source");
                session.run("""
                        LOAD CSV WITH HEADERS FROM $url AS row
                        CALL (row) {
                          MERGE (n:Entity {id: row.`id:ID`})
                          SET n:$(row.`:LABEL`), n.name = row.name, n.primaryLabel = row.`:LABEL`, n.dataset = 'synthetic'
                          SET n += CASE WHEN $source
                            THEN {url: row.url, publisher: row.publisher, published: date(row.`published:date`)}
                            ELSE {aliases: split(row.`aliases:string[]`, ';'), description: row.description,
                                  founded: date(row.`founded:date`)} END
                        } IN TRANSACTIONS OF 10000 ROWS""",
                        Map.of("url", "file:///nodes/" + file.getFileName(), "source", source)).consume();
            }
            for (Path file : files(data.resolve("relationships"))) {
                String type = name(file);
                session.run("""
                        LOAD CSV WITH HEADERS FROM $url AS row
                        CALL (row) {
                          MATCH (a:Entity {id: row.`:START_ID`})
                          MATCH (b:Entity {id: row.`:END_ID`})
                          MERGE (a)-[r:`%s` {id: row.`:START_ID` + '|' + row.`:TYPE` + '|' + row.`:END_ID` + '|' + row.key}]->(b)
                          SET r.sources = split(row.`sources:string[]`, ';'), r.confidence = row.confidence,
                              r.since = date(row.`since:date`), r.until = date(row.`until:date`), r.key = row.key,
                              r.dataset = 'synthetic'
                        } IN TRANSACTIONS OF 10000 ROWS""".formatted(type),
                        Map.of("url", "file:///relationships/" + file.getFileName())).consume();
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }
}
