package dev.aigeo.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigeo.explorer.generate.SyntheticDataset;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.GraphSnapshot;
import dev.aigeo.explorer.support.TestNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportIT {

    @TempDir
    Path dir;

    private final Graph graph = TestNeo4j.graph();

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.reset();
    }

    private static long nodes() {
        return TestNeo4j.count("MATCH (n:Entity) RETURN count(n) AS count");
    }

    private static long relationships() {
        return TestNeo4j.count("MATCH ()-[r]->() RETURN count(r) AS count");
    }

    @Test
    void importsTheFixtureAndReportsCounts() {
        Datasets.ImportResult result = Datasets.importInto(graph, Fixtures.dataset("fixture"));

        assertThat(result.faults()).isEmpty();
        assertThat(result.report().nodes()).isEqualTo(26);
        assertThat(result.report().relationships()).isEqualTo(24);
        assertThat(nodes()).isEqualTo(26);
        assertThat(relationships()).isEqualTo(24);
    }

    @Test
    void importingTwiceGivesTheSameGraph() {
        Datasets.importInto(graph, Fixtures.dataset("fixture"));
        String before = fingerprint();

        Datasets.ImportResult second = Datasets.importInto(graph, Fixtures.dataset("fixture"));

        assertThat(second.report().removedNodes()).isZero();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(nodes()).isEqualTo(26);
        assertThat(relationships()).isEqualTo(24);
    }

    @Test
    void storesLabelsPrimaryLabelPartialDatesAndProvenance() {
        Datasets.importInto(graph, Fixtures.dataset("fixture"));

        Map<String, Object> alibaba = graph.read("""
                MATCH (n:Entity {id: 'cloud:alibaba'})
                RETURN labels(n) AS labels, n.primaryLabel AS primary, n.founded AS founded,
                       n.foundedPrecision AS precision, n.dataset AS dataset""", Map.of(), rows -> Map.of(
                "labels", rows.get(0).strings("labels"), "primary", rows.get(0).string("primary"),
                "founded", String.valueOf(rows.get(0).value("founded")), "precision", rows.get(0).string("precision"),
                "dataset", rows.get(0).string("dataset")));
        assertThat(alibaba).containsEntry("primary", "CloudProvider").containsEntry("founded", "2009-01-01")
                .containsEntry("precision", "year").containsEntry("dataset", "fixture");
        assertThat(alibaba.get("labels")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("Entity", "CloudProvider", "Lab");

        long keyed = TestNeo4j.count("""
                MATCH (:Entity {id: 'country:cn'})-[r:DOWNLOAD_SHARE]->(:Entity {id: 'org:hub'})
                WHERE r.id STARTS WITH 'country:cn|DOWNLOAD_SHARE|org:hub|' AND r.sources = ['src:report']
                RETURN count(r) AS count""");
        assertThat(keyed).isEqualTo(2);
    }

    @Test
    void aFaultyDatasetChangesNothing() throws Exception {
        Datasets.importInto(graph, Fixtures.dataset("fixture"));
        String before = fingerprint();
        Path bad = copyOfFixture();
        Files.writeString(bad.resolve("nodes/extra.csv"), "id:ID,:LABEL,name\nlab:new,Lab,New lab\nlab:bad,lab,Bad\n");
        Files.writeString(bad.resolve("relationships/extra.csv"),
                ":START_ID,:END_ID,:TYPE,sources:string[]\nlab:new,lab:nowhere,ADOPTS,src:report\n");

        Datasets.ImportResult result = Datasets.importInto(graph, bad);

        assertThat(result.imported()).isFalse();
        assertThat(result.faults()).extracting(Fault::toString).containsExactly(
                "nodes/extra.csv:3: label 'lab' is not UpperCamelCase (^[A-Z][A-Za-z0-9]*$)",
                "relationships/extra.csv:2: unknown end node 'lab:nowhere'");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void reimportRemovesWhatTheDatasetNoLongerContainsAndRelabels() throws Exception {
        Datasets.importInto(graph, Fixtures.dataset("fixture"));
        Path changed = copyOfFixture();
        Files.writeString(changed.resolve("relationships/hub.csv"),
                ":START_ID,:END_ID,:TYPE,sources:string[],confidence\norg:hub,org:partner-01,PARTNERS_WITH,src:news,high\n");
        Files.writeString(changed.resolve("nodes/partners.csv"), "id:ID,:LABEL,name\norg:partner-01,Lab,Partner 1\n");

        Datasets.ImportResult result = Datasets.importInto(graph, changed);

        assertThat(result.report().removedNodes()).isEqualTo(11);
        assertThat(result.report().removedRelationships()).isEqualTo(11);
        assertThat(TestNeo4j.count("MATCH (:Entity {id: 'org:hub'})-[r:PARTNERS_WITH]->() RETURN count(r) AS count"))
                .isEqualTo(1);
        List<String> labels = graph.read("MATCH (n:Entity {id: 'org:partner-01'}) RETURN labels(n) AS labels",
                Map.of(), rows -> rows.get(0).strings("labels"));
        assertThat(labels).containsExactlyInAnyOrder("Entity", "Lab");
        String confidence = graph.read(
                "MATCH ()-[r {id: 'org:hub|PARTNERS_WITH|org:partner-01'}]->() RETURN r.confidence AS c", Map.of(),
                rows -> rows.get(0).string("c"));
        assertThat(confidence).isEqualTo("high");
    }

    @Test
    void anotherDatasetMayPointAtExistingEntitiesAndLeavesThemAlone() throws Exception {
        Datasets.importInto(graph, Fixtures.dataset("fixture"));
        Path other = dir.resolve("other");
        new DatasetFiles(other)
                .file("nodes/n.csv", "id:ID,:LABEL,name\nlab:moonshot,Lab,Moonshot AI\n")
                .file("relationships/r.csv", """
                        :START_ID,:END_ID,:TYPE,sources:string[],confidence
                        lab:moonshot,country:cn,HEADQUARTERED_IN,src:report,high
                        lab:moonshot,country:nowhere,HEADQUARTERED_IN,src:report,high
                        """);

        Datasets.ImportResult rejected = Datasets.importInto(graph, other);
        assertThat(rejected.faults()).extracting(Fault::toString)
                .containsExactly("relationships/r.csv:3: unknown end node 'country:nowhere'");

        Files.writeString(other.resolve("relationships/r.csv"),
                ":START_ID,:END_ID,:TYPE,sources:string[],confidence\nlab:moonshot,country:cn,HEADQUARTERED_IN,src:report,high\n");
        Datasets.ImportResult imported = Datasets.importInto(graph, other);

        assertThat(imported.report().dataset()).isEqualTo("other");
        assertThat(imported.report().removedNodes()).isZero();
        assertThat(nodes()).isEqualTo(27);
        assertThat(TestNeo4j.count("MATCH (n:Entity {dataset: 'fixture'}) RETURN count(n) AS count")).isEqualTo(26);
    }

    @Test
    void theBundledDefaultDatasetIsValidAndImports() {
        ParsedDataset bundled = Datasets.validate(Datasets.bundled());
        assertThat(bundled.faults()).isEmpty();

        Datasets.ImportResult result = Datasets.importInto(graph, Datasets.bundled());

        assertThat(result.faults()).isEmpty();
        assertThat(nodes()).isEqualTo(bundled.nodes().size());
        assertThat(relationships()).isEqualTo(bundled.relationships().size());
    }

    @Test
    void aBigDatasetCommittedInBatchesGivesTheSameGraphAsOneTransaction() {
        ParsedDataset generated = generated(1_500, 6_000);
        String oneTransaction = snapshotInOneTransactionThenEmpty(generated);
        List<String> updates = new ArrayList<>();

        DatasetImporter.Report report = new DatasetImporter(graph, 1_000)
                .write(generated, (phase, done, total) -> updates.add(phase + " " + done + "/" + total));

        assertThat(GraphSnapshot.of(graph, "importId")).isEqualTo(oneTransaction);
        assertThat(report.relationships()).isEqualTo(generated.relationships().size());
        int nodes = generated.nodes().size();
        int relationships = generated.relationships().size();
        assertThat(updates).contains("nodes " + nodes + "/" + nodes, "relationships " + relationships + "/" + relationships)
                .last().isEqualTo("done 1/1");
        assertThat(updates.stream().map(u -> u.split(" ")[0]).distinct())
                .containsExactly("nodes", "relationships", "cleanup", "done");
    }

    @Test
    void aFolderReadTwiceAndCommittedInBatchesGivesTheSameGraphAsOneTransactionFromMemory() {
        ParsedDataset generated = generated(1_500, 6_000);
        String fromMemory = snapshotInOneTransactionThenEmpty(generated);
        DatasetImporter batched = new DatasetImporter(graph, 1_000);
        List<String> updates = new ArrayList<>();

        FolderSource.Checked checked = FolderSource.check(dir.resolve("generated"), "generated",
                batched::existingEntities);
        DatasetImporter.Report report = batched.write(checked.source(),
                (phase, done, total) -> updates.add(phase + " " + done + "/" + total));

        assertThat(checked.faults()).isEmpty();
        assertThat(GraphSnapshot.of(graph, "importId")).isEqualTo(fromMemory);
        assertThat(report.nodes()).isEqualTo(generated.nodes().size());
        assertThat(report.relationships()).isEqualTo(generated.relationships().size());
        assertThat(updates.stream().filter(u -> u.startsWith("nodes ")))
                .as("one update per batch of nodes").hasSize((generated.nodes().size() + ImportWriter.BATCH - 1)
                        / ImportWriter.BATCH);
        assertThat(updates).contains("relationships " + report.relationships() + "/" + report.relationships());
    }

    @Test
    void filesChangedBetweenTheCheckAndTheWriteFailTheImportAndChangeNothing() throws Exception {
        Path folder = copyOfFixture();
        DatasetImporter importer = new DatasetImporter(graph);
        FolderSource.Checked checked = FolderSource.check(folder, "fixture", importer::existingEntities);
        assertThat(checked.faults()).isEmpty();
        Path nodes = Files.list(folder.resolve("nodes")).sorted().findFirst().orElseThrow();
        Files.writeString(nodes, Files.readString(nodes).replaceFirst("\n[^\n]+\n", "\n"));

        assertThatThrownBy(() -> importer.write(checked.source(), ImportProgress.SILENT))
                .hasMessageContaining("changed while it was being imported");
        assertThat(nodes()).isZero();
    }

    @Test
    void reimportingABigDatasetMergesEveryRelationshipByType() {
        ParsedDataset generated = generated(1_500, 6_000);
        new DatasetImporter(graph).write(generated);
        String first = GraphSnapshot.of(graph, "importId");

        DatasetImporter.Report again = new DatasetImporter(graph).write(generated);

        assertThat(again.removedRelationships()).isZero();
        assertThat(GraphSnapshot.of(graph, "importId")).isEqualTo(first);
        Map<String, Long> rowsPerType = generated.relationships().stream()
                .collect(Collectors.groupingBy(RelationshipRow::type, Collectors.counting()));
        rowsPerType.forEach((type, count) -> assertThat(TestNeo4j.count(
                "MATCH ()-[r:`" + type + "`]->() RETURN count(r) AS count")).as(type).isEqualTo(count));
    }

    @Test
    void anEntityRemovedByAnotherWriterBeforeItsRelationshipsFailsTheImportInsteadOfDroppingThem() {
        ParsedDataset fixture = Datasets.validate(Fixtures.dataset("fixture"));
        ImportRows rows = new ImportRows(fixture.name(), "import-1");
        String victim = fixture.relationships().get(0).start();
        boolean[] removed = {false};
        ImportWriter writer = new ImportWriter(query -> {
            if (query.text().equals(ImportQueries.CREATE_RELATIONSHIPS_BETWEEN_CREATED) && !removed[0]) {
                removed[0] = true;
                graph.write("MATCH (n:Entity {id: $id}) DETACH DELETE n", Map.of("id", victim), r -> r);
            }
            return graph.write(Duration.ofMinutes(1), tx -> tx.run(query).list());
        }, ImportProgress.SILENT, rows, fixture.nodes().size(), fixture.relationships().size());

        assertThatThrownBy(() -> writer.write(fixture, Map.of("importId", "import-1"), "import-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed or removed by someone else");
        assertThat(removed[0]).isTrue();
    }

    /** The graph {@code dataset} makes when written in one transaction; the database is emptied again after. */
    private String snapshotInOneTransactionThenEmpty(ParsedDataset dataset) {
        new DatasetImporter(graph).write(dataset);
        String snapshot = GraphSnapshot.of(graph, "importId");
        TestNeo4j.reset();
        return snapshot;
    }

    private ParsedDataset generated(int nodes, int relationships) {
        Path folder = dir.resolve("generated");
        new SyntheticDataset(nodes, 5).write(folder, relationships);
        ParsedDataset parsed = Datasets.validate(folder);
        assertThat(parsed.faults()).isEmpty();
        assertThat(parsed.relationships()).hasSizeGreaterThanOrEqualTo(ImportWriter.QUERY_PER_TYPE_FROM);
        return parsed;
    }

    private Path copyOfFixture() throws Exception {
        Path source = Fixtures.dataset("fixture");
        Path target = dir.resolve("fixture");
        try (var files = Files.walk(source)) {
            for (Path path : files.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return target;
    }

    private String fingerprint() {
        return GraphSnapshot.of(graph);
    }
}
