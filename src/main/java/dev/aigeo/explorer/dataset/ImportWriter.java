package dev.aigeo.explorer.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;

/**
 * The statements of one import, in order — entities, relationships, removal of what the dataset no longer holds,
 * the dataset record — run by a {@link #statements} function that either shares one transaction or commits each.
 */
final class ImportWriter {

    /** Rows per statement. */
    static final int BATCH = 10_000;
    /** From this many relationships to merge, one statement per type (more plans, no walk over every type). */
    static final int QUERY_PER_TYPE_FROM = 5_000;

    private final Function<Query, List<Record>> statements;
    private final ImportProgress progress;

    ImportWriter(Function<Query, List<Record>> statements, ImportProgress progress) {
        this.statements = statements;
        this.progress = progress;
    }

    /** Writes the dataset and answers how many stale entities and relationships it removed. */
    long[] write(ParsedDataset dataset, ImportRows rows, Map<String, Object> info, String importId) {
        Set<String> created = writeNodes(dataset.nodes(), rows);
        writeRelationships(dataset.relationships(), rows, created);
        Map<String, Object> scope = Map.of("name", dataset.name(), "importId", importId, "limit", BATCH);
        long relationships = removeAll(ImportQueries.REMOVE_STALE_RELATIONSHIPS, scope, 0);
        long nodes = removeAll(ImportQueries.REMOVE_STALE_NODES, scope, relationships);
        statements.apply(new Query(ImportQueries.RECORD_DATASET, Map.of("name", dataset.name(), "info", info)));
        return new long[] {nodes, relationships};
    }

    private Set<String> writeNodes(List<NodeRow> nodes, ImportRows rows) {
        Set<String> created = new HashSet<>();
        forEachBatch(nodes, "nodes", 0, nodes.size(), batch -> {
            List<Record> answer = statements.apply(new Query(ImportQueries.MERGE_NODES,
                    Map.of("rows", batch.stream().map(rows::node).toList())));
            created.addAll(answer.get(0).get("created").asList(v -> v.asString()));
        });
        return created;
    }

    private void writeRelationships(List<RelationshipRow> relationships, ImportRows rows, Set<String> created) {
        List<RelationshipRow> fresh = new ArrayList<>();
        List<RelationshipRow> known = new ArrayList<>();
        relationships.forEach(r -> (created.contains(r.start()) || created.contains(r.end()) ? fresh : known).add(r));
        int total = relationships.size();
        write(fresh, ImportQueries.CREATE_RELATIONSHIPS, rows, 0, total);
        if (known.size() < QUERY_PER_TYPE_FROM) {
            write(known, ImportQueries.MERGE_RELATIONSHIPS, rows, fresh.size(), total);
            return;
        }
        int done = fresh.size();
        var byType = known.stream().collect(Collectors.groupingBy(RelationshipRow::type, TreeMap::new, Collectors.toList()));
        for (var entry : byType.entrySet()) {
            write(entry.getValue(), ImportQueries.MERGE_RELATIONSHIPS_OF_TYPE.formatted(checkedType(entry.getKey())),
                    rows, done, total);
            done += entry.getValue().size();
        }
    }

    private void write(List<RelationshipRow> relationships, String cypher, ImportRows rows, int before, int total) {
        forEachBatch(relationships, "relationships", before, total, batch -> statements.apply(
                new Query(cypher, Map.of("rows", batch.stream().map(rows::relationship).toList()))));
    }

    private <T> void forEachBatch(List<T> items, String phase, int before, int total,
            Consumer<List<T>> work) {
        for (int from = 0; from < items.size(); from += BATCH) {
            int to = Math.min(items.size(), from + BATCH);
            work.accept(items.subList(from, to));
            progress.update(phase, before + to, total);
        }
    }

    /** Runs a removal of at most {@code $limit} until it removes fewer. */
    private long removeAll(String cypher, Map<String, Object> scope, long before) {
        long removed = 0;
        long last;
        do {
            last = statements.apply(new Query(cypher, scope)).get(0).get("removed").asLong();
            removed += last;
            progress.update("cleanup", before + removed, before + removed);
        } while (last == BATCH);
        return removed;
    }

    private static String checkedType(String type) {
        if (!Vocabulary.TYPE_FORM.matcher(type).matches()) {
            throw new IllegalArgumentException("not a relationship type: " + type);
        }
        return type;
    }
}
