package dev.aigeo.explorer.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Read transactions run by Neo4j's embedded API, in this JVM, when the database is embedded: no Bolt between the
 * app and its own database. A path search at a million nodes sends back one row of about 150 KB; through the driver
 * it is encoded, sent over the loopback and decoded, which took the query from 14 to 22 ms. Rows come back as the
 * driver's records, so that {@link Row} reads them as it reads Bolt's: nodes, relationships, lists and maps
 * converted, every other value as the driver converts it.
 */
final class InProcessReads {

    private InProcessReads() {
    }

    /**
     * Runs {@code work} in one transaction of {@code database} stopped after {@code timeout}; failures become the
     * app's exceptions as the driver's do in {@link Graph} (a timeout, a database stopping or busy).
     */
    static <T> T readTogether(GraphDatabaseService database, Duration timeout, Function<ReadTransaction, T> work) {
        try (Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            T result = work.apply(new ReadTransaction((cypher, params) -> {
                try (Result rows = tx.execute(cypher, params)) {
                    return records(rows);
                }
            }));
            tx.commit();
            return result;
        } catch (DatabaseShutdownException e) {
            throw new GraphUnavailableException("Neo4j is stopping", e);
        } catch (RuntimeException e) {
            if (e instanceof Status.HasStatus failure) {
                Status.Code code = failure.status().code();
                if (code.serialize().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                    throw new QueryTimeoutException(timeout, e);
                }
                if (code.classification() == Status.Classification.TransientError) {
                    throw new GraphUnavailableException("Neo4j is busy or restarting", e);
                }
            }
            throw e;
        }
    }

    private static List<Row> records(Result result) {
        List<String> keys = result.columns();
        List<Row> rows = new ArrayList<>();
        while (result.hasNext()) {
            Map<String, Object> row = result.next();
            Value[] values = new Value[keys.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(row.get(keys.get(i)));
            }
            Record record = new InternalRecord(keys, values);
            rows.add(new Row(record));
        }
        return rows;
    }

    private static Value value(Object value) {
        if (value instanceof Node node) {
            List<String> labels = new ArrayList<>();
            for (Label label : node.getLabels()) {
                labels.add(label.name());
            }
            return new InternalNode(node.getId(), node.getElementId(), labels, properties(node)).asValue();
        }
        if (value instanceof Relationship rel) {
            Node start = rel.getStartNode();
            Node end = rel.getEndNode();
            return new InternalRelationship(rel.getId(), rel.getElementId(), start.getId(), start.getElementId(),
                    end.getId(), end.getElementId(), rel.getType().name(), properties(rel)).asValue();
        }
        if (value instanceof List<?> list) {
            List<Value> values = new ArrayList<>(list.size());
            for (Object item : list) {
                values.add(value(item));
            }
            return Values.value((Object) values);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Value> values = new LinkedHashMap<>();
            map.forEach((key, item) -> values.put(key.toString(), value(item)));
            return Values.value((Object) values);
        }
        return Values.value(value);
    }

    private static Map<String, Value> properties(Entity entity) {
        Map<String, Value> properties = new LinkedHashMap<>();
        entity.getAllProperties().forEach((key, property) -> properties.put(key, Values.value(property)));
        return properties;
    }
}
