package dev.aigeo.explorer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Each benchmark at a tiny scale (a few iterations, a small synthetic dataset): it runs to the end and prints a row
 * per operation with figures and ratios. Says nothing of the figures' size — that is what the benchmarks are for.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarksIT {

    private static final String MS = "(\\d+\\.\\d+)";
    private static final String RATIO = "(\\d+\\.\\d+)x";

    @Test
    @Order(1)
    void pathBenchPrintsEveryPathSearchAgainstTheDriver() {
        String table = PathBench.run(2, 0);

        for (String[] query : PathBench.QUERIES) {
            List<Double> figures = row(table, Pattern.quote(query[0]) + " +(\\d+)" + (" +" + MS).repeat(8)
                    + " +" + RATIO + " +" + RATIO);
            assertThat(figures.get(0)).as("paths found by %s", query[0]).isPositive();
            assertThat(figures.subList(1, figures.size())).as(query[0]).allMatch(figure -> figure > 0);
        }
    }

    @Test
    @Order(5)
    void httpWaitBenchPrintsEachWaitThreeWaysAndNoneTakesLessThanTheWait() {
        String table = HttpWaitBench.run(new int[] {0, 3}, 5, 2);

        for (int wait : new int[] {0, 3}) {
            List<Double> figures = row(table, wait + " ms" + (" +" + MS).repeat(3) + (" +(-?\\d+\\.\\d+)").repeat(2));
            assertThat(figures.subList(0, 3)).as("in caller, socket, Javalin for a wait of %d ms", wait)
                    .allMatch(millis -> millis >= wait);
            assertThat(figures.get(3)).as("what the socket adds")
                    .isEqualTo(figures.get(1) - figures.get(0), within(0.002));
            assertThat(figures.get(4)).as("what Javalin adds")
                    .isEqualTo(figures.get(2) - figures.get(0), within(0.002));
        }
    }

    @Test
    @Order(3)
    void importBenchPrintsBothImportersAndTheirRatio() throws Exception {
        String table = ImportBench.run(300, 1_000, 2);

        for (String importer : List.of("project importer", "LOAD CSV IN TRANSACTIONS OF 10000")) {
            List<Double> figures = row(table, Pattern.quote(importer) + " +(\\d+\\.\\d) +([\\d,]+) +(\\d+)");
            assertThat(figures.get(1)).as("rows/s of %s", importer).isPositive();
        }
        assertThat(row(table, "round 2 \\(LOAD CSV first\\): project (\\d+\\.\\d) s, LOAD CSV (\\d+\\.\\d) s, ratio "
                + RATIO)).as("the second round, LOAD CSV first").hasSize(3);
        assertThat(row(table, "ratio project / LOAD CSV \\(rows/s\\): " + RATIO + " \\(target >= 1\\.0x\\)").get(0))
                .isPositive();
    }

    @Test
    @Order(2)
    void apiBenchPrintsEveryOperationAgainstTheDriverAndTheHubsCappedExpansion() {
        int limit = 20;
        String table = ApiBench.run(new ApiBench.Settings(20, 20, 1, 0.5, 16, 300, 1_000, limit, null, null));

        assertEveryOperationMeasured(table);
        List<Double> hub = row(table, "hub \\S+: degree ([\\d,]+), neighbours returned (\\d+) of ([\\d,]+) \\(limit "
                + limit + ", truncated (?:true|false)\\); API p50 " + MS + " ms p99 " + MS + " ms, driver p50 " + MS
                + " ms p99 " + MS + " ms");
        assertThat(hub.get(0)).as("the hub's degree").isGreaterThan(limit);
        assertThat(hub.get(1)).as("neighbours returned for the hub").isEqualTo(limit);
        assertThat(hub.get(2)).as("total neighbours of the hub").isGreaterThan(limit);
        assertThat(row(table, "hub against the sampled nodes \\(median degree \\d+\\): (\\d+\\.\\d)x the degree;"
                + " at the fixed rate API p50 " + RATIO + ", driver p50 " + RATIO + "; one request at a time API " + MS
                + " ms against " + MS + " ms \\(" + RATIO + "\\), driver " + MS + " ms against " + MS + " ms \\("
                + RATIO + "\\)")).allMatch(figure -> figure > 0);
    }

    @Test
    @Order(4)
    void apiBenchMeasuresARunningExplorerWithoutImportingAnything() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Datasets.bundled()).imported()).isTrue();
        long entities = TestNeo4j.count("MATCH (n:Entity) RETURN count(n) AS count");
        try (TestApp app = TestApp.start(TestNeo4j.graph(), "global-south-ai", TestNeo4j.mode().equals("embedded"))) {
            String table = ApiBench.run(new ApiBench.Settings(20, 20, 1, 0.5, 16, 0, 0, 20, app.url(""),
                    TestNeo4j.boltUri().toString()));

            assertThat(table).contains("the explorer at " + app.url(""), String.format("(%,d entities", entities));
            assertEveryOperationMeasured(table);
        }
        assertThat(TestNeo4j.count("MATCH (n:Entity) RETURN count(n) AS count")).as("nothing imported").isEqualTo(entities);
    }

    /** A row per operation: 20 calls (1 s at 20/s), every figure positive, no failed request. */
    private static void assertEveryOperationMeasured(String table) {
        for (String operation : ApiBench.OPERATIONS) {
            List<Double> figures = row(table, Pattern.quote(operation) + " +(\\d+)" + (" +" + MS).repeat(4)
                    + " +" + RATIO + " +" + RATIO + " +\\d\\.\\dx/\\d\\.\\dx +(?:yes|no) +(\\d+)");
            assertThat(figures.get(0)).as("measured calls of %s", operation).isEqualTo(20);
            assertThat(figures.subList(1, 7)).as(operation).allMatch(figure -> figure > 0);
            assertThat(figures.get(7)).as("failed requests of %s", operation).isZero();
        }
    }

    /** The numbers captured by {@code regex}, which must match one whole line of {@code table}. */
    private static List<Double> row(String table, String regex) {
        Matcher matcher = Pattern.compile("(?m)^" + regex + "$").matcher(table);
        assertThat(matcher.find()).as("a line matching %s in%n%s", regex, table).isTrue();
        List<Double> numbers = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            numbers.add(Double.parseDouble(matcher.group(group).replace(",", "")));
        }
        return numbers;
    }
}
