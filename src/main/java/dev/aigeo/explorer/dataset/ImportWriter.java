package dev.aigeo.explorer.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The statements of one import, in order — entities, relationships, removal of what the dataset no longer holds,
 * the dataset record — run by a {@link #statements} function that either shares one transaction or commits each.
 * Rows arrive one by one ({@link RowSink}) and are written a batch at a time, so at most a few batches are held.
 */
final class ImportWriter implements RowSink {

    /** Rows per statement. */
    static final int BATCH = 10_000;
    /** From this many relationships to merge, one statement per type (more plans, no walk over every type). */
    static final int QUERY_PER_TYPE_FROM = 5_000;

    private final Function<Query, List<Record>> statements;
    private final ImportProgress progress;
    private final ImportRows rows;
    private final int nodeTotal;
    private final int relationshipTotal;

    private final List<NodeRow> nodes = new ArrayList<>();
    /** The entities this import created: their node ids by their own ids. */
    private final Map<String, Long> created = new HashMap<>();
    /** Relationships between two created entities, with their ends' node ids. */
    private final List<Map<String, Object>> betweenCreated = new ArrayList<>();
    /** Relationships from or to one created entity and one that existed before. */
    private final List<RelationshipRow> fresh = new ArrayList<>();
    /** Relationships between entities that existed before the import, by type, waiting for a MERGE. */
    private final Map<String, List<RelationshipRow>> known = new TreeMap<>();
    private int nodesWritten;
    private int relationshipsWritten;
    private int knownSeen;
    private boolean mergedByType;

    ImportWriter(Function<Query, List<Record>> statements, ImportProgress progress, ImportRows rows, int nodeTotal,
            int relationshipTotal) {
        this.statements = statements;
        this.progress = progress;
        this.rows = rows;
        this.nodeTotal = nodeTotal;
        this.relationshipTotal = relationshipTotal;
    }

    /** Writes the source's rows, removes what it no longer holds; how many stale entities and relationships. */
    long[] write(ImportSource source, Map<String, Object> info, String importId) {
        source.rows(this);
        flushNodes();
        flushBetweenCreated();
        flushFresh();
        flushKnown();
        Map<String, Object> scope = Map.of("name", source.name(), "importId", importId, "limit", BATCH);
        long relationships = removeAll(ImportQueries.REMOVE_STALE_RELATIONSHIPS, scope, 0);
        long removedNodes = removeAll(ImportQueries.REMOVE_STALE_NODES, scope, relationships);
        statements.apply(new Query(ImportQueries.RECORD_DATASET, Map.of("name", source.name(), "info", info)));
        return new long[] {removedNodes, relationships};
    }

    @Override
    public void node(NodeRow row) {
        nodes.add(row);
        if (nodes.size() == BATCH) {
            flushNodes();
        }
    }

    /**
     * A relationship with an end the import created cannot exist yet, so it is CREATEd (found by node id when
     * both ends are new); the others are MERGEd.
     * Every node is written by now: they all come first.
     */
    @Override
    public void relationship(RelationshipRow row) {
        flushNodes();
        Long startNode = created.get(row.start());
        Long endNode = created.get(row.end());
        if (startNode != null && endNode != null) {
            betweenCreated.add(rows.relationship(row, startNode, endNode));
            if (betweenCreated.size() == BATCH) {
                flushBetweenCreated();
            }
            return;
        }
        if (startNode != null || endNode != null) {
            fresh.add(row);
            if (fresh.size() == BATCH) {
                flushFresh();
            }
            return;
        }
        knownSeen++;
        List<RelationshipRow> ofType = known.computeIfAbsent(row.type(), type -> new ArrayList<>());
        ofType.add(row);
        if (ofType.size() == BATCH) {
            mergedByType = true;
            writeRelationships(ofType, ImportQueries.MERGE_RELATIONSHIPS_OF_TYPE.formatted(checkedType(row.type())));
        }
    }

    private void flushNodes() {
        if (nodes.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>(statements.apply(new Query(ImportQueries.EXISTING_IDS,
                Map.of("ids", nodes.stream().map(NodeRow::id).toList()))).get(0).get("existing").asList(Value::asString));
        Map<Boolean, List<Map<String, Object>>> byExistence = nodes.stream()
                .collect(Collectors.partitioningBy(node -> existing.contains(node.id()),
                        Collectors.mapping(rows::node, Collectors.toList())));
        writeNodes(ImportQueries.CREATE_NODES, byExistence.get(false));
        writeNodes(ImportQueries.MERGE_NODES, byExistence.get(true));
        nodesWritten += nodes.size();
        nodes.clear();
        progress.update("nodes", nodesWritten, nodeTotal);
    }

    /** Writes entities and notes the node ids of those the statement answers it created. */
    private void writeNodes(String cypher, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Record> answer = statements.apply(new Query(cypher, Map.of("rows", batch)));
        for (Value pair : answer.get(0).get("created").values()) {
            created.put(pair.get(0).asString(), pair.get(1).asLong());
        }
    }

    /** Checks the count the statement answers: a row whose ends are no longer as created writes nothing. */
    private void flushBetweenCreated() {
        if (betweenCreated.isEmpty()) {
            return;
        }
        long written = statements.apply(new Query(ImportQueries.CREATE_RELATIONSHIPS_BETWEEN_CREATED,
                Map.of("rows", betweenCreated))).get(0).get("written").asLong();
        if (written != betweenCreated.size()) {
            throw new IllegalStateException("an entity this import created was changed or removed by someone else"
                    + " while its relationships were being written; import the dataset again");
        }
        relationshipsWritten += betweenCreated.size();
        betweenCreated.clear();
        progress.update("relationships", relationshipsWritten, relationshipTotal);
    }

    private void flushFresh() {
        writeRelationships(fresh, ImportQueries.CREATE_RELATIONSHIPS);
    }

    /** What is left to merge: one statement for every type when there are few, else one per type. */
    private void flushKnown() {
        if (!mergedByType && knownSeen < QUERY_PER_TYPE_FROM) {
            List<RelationshipRow> all = new ArrayList<>();
            known.values().forEach(all::addAll);
            known.clear();
            writeRelationships(all, ImportQueries.MERGE_RELATIONSHIPS);
            return;
        }
        known.forEach((type, ofType) -> writeRelationships(ofType,
                ImportQueries.MERGE_RELATIONSHIPS_OF_TYPE.formatted(checkedType(type))));
    }

    /** Writes {@code batch} (at most {@link #BATCH} rows, or split into such) and empties it. */
    private void writeRelationships(List<RelationshipRow> batch, String cypher) {
        for (int from = 0; from < batch.size(); from += BATCH) {
            List<RelationshipRow> part = batch.subList(from, Math.min(batch.size(), from + BATCH));
            statements.apply(new Query(cypher, Map.of("rows", part.stream().map(rows::relationship).toList())));
            relationshipsWritten += part.size();
            progress.update("relationships", relationshipsWritten, relationshipTotal);
        }
        batch.clear();
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
