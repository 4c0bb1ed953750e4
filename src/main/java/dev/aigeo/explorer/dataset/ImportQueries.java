package dev.aigeo.explorer.dataset;

/** The Cypher an import runs; {@code $rows} are {@link ImportRows} maps. */
final class ImportQueries {

    /** Which of {@code $ids} are entities already. */
    static final String EXISTING_IDS = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN collect(id) AS existing""";

    /**
     * Writes entities that did not exist a moment ago (as {@link #EXISTING_IDS} found): a CREATE, without MERGE's
     * locking lookups and the label bookkeeping. Should one have been created meanwhile, the id's uniqueness
     * constraint fails the statement.
     */
    static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n:Entity)
            SET n = row.props
            SET n:$(row.labels)
            RETURN collect([row.id, id(n)]) AS created""";

    /** Writes entities and answers which of them did not exist before. */
    static final String MERGE_NODES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (old:Entity {id: row.id})
            WITH row, old IS NULL AS created
            MERGE (n:Entity {id: row.id})
            SET n = row.props
            SET n:$(row.labels)
            WITH n, row, created, [l IN labels(n) WHERE l <> 'Entity' AND NOT l IN row.labels] AS stale
            REMOVE n:$(stale)
            RETURN collect(CASE WHEN created THEN [row.id, id(n)] END) AS created""";

    /**
     * For relationships between two entities the import created: found by the node ids {@link #CREATE_NODES} (or
     * {@link #MERGE_NODES}) answered, which is cheaper than the locking index seek the other statements make. The
     * entities' own ids are checked too, and the count tells whether every row was written.
     */
    static final String CREATE_RELATIONSHIPS_BETWEEN_CREATED = """
            UNWIND $rows AS row
            MATCH (a) WHERE id(a) = row.startNode AND a.id = row.start
            MATCH (b) WHERE id(b) = row.endNode AND b.id = row.end
            CREATE (a)-[r:$(row.type)]->(b)
            SET r = row.props
            RETURN count(*) AS written""";

    /**
     * For relationships with one end the import created and one that existed: nothing can match them, so they
     * need no MERGE (which has to walk the relationships of an end, quadratic on hubs).
     */
    static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.start})
            MATCH (b:Entity {id: row.end})
            CREATE (a)-[r:$(row.type)]->(b)
            SET r = row.props""";

    /** For relationships between entities that existed before: one query for every type. */
    static final String MERGE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.start})
            MATCH (b:Entity {id: row.end})
            MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
            SET r = row.props""";

    /**
     * The same with the type written in (checked against ^[A-Z][A-Z0-9_]*$), for many rows: with a dynamic type
     * MERGE walks every relationship of the start node; with a static one only those of the type, from whichever
     * end has fewer (110 s instead of 20 s for 25,000 hub-heavy rows).
     */
    static final String MERGE_RELATIONSHIPS_OF_TYPE = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.start})
            MATCH (b:Entity {id: row.end})
            MERGE (a)-[r:`%s` {id: row.id}]->(b)
            SET r = row.props""";

    static final String REMOVE_STALE_RELATIONSHIPS = """
            MATCH ()-[r]->()
            WHERE r.dataset = $name AND r.importId <> $importId
            WITH r LIMIT $limit
            DELETE r
            RETURN count(*) AS removed""";

    static final String REMOVE_STALE_NODES = """
            MATCH (n:Entity {dataset: $name})
            WHERE n.importId <> $importId
            WITH n LIMIT $limit
            DETACH DELETE n
            RETURN count(*) AS removed""";

    static final String RECORD_DATASET = """
            MERGE (d:DatasetInfo {name: $name})
            SET d += $info, d.importedAt = datetime()""";

    private ImportQueries() {
    }
}
