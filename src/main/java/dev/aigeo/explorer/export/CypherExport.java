package dev.aigeo.explorer.export;

import dev.aigeo.explorer.dataset.PartialDate;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A subgraph as a Cypher script that recreates it in any Neo4j (MERGE, so running it twice changes nothing), with
 * the bibliography as a comment at the top. Names of labels and types are backtick-quoted; values are literals.
 */
final class CypherExport {

    private CypherExport() {
    }

    static String script(Subgraph subgraph, String header) {
        StringBuilder script = new StringBuilder();
        header.lines().forEach(line -> script.append("// ").append(line).append('\n'));
        script.append('\n');
        for (GraphNode node : subgraph.allNodes()) {
            script.append("MERGE (n:Entity {id: ").append(literal(node.id())).append("})\nSET n += ")
                    .append(map(node.properties()))
                    .append(", n.primaryLabel = ").append(literal(node.label()))
                    .append(node.labels().stream().map(l -> ", n:" + name(l)).collect(Collectors.joining()))
                    .append(";\n");
        }
        for (GraphEdge edge : subgraph.edges()) {
            script.append("MATCH (a:Entity {id: ").append(literal(edge.source())).append("}), (b:Entity {id: ")
                    .append(literal(edge.target())).append("})\nMERGE (a)-[r:").append(name(edge.type()))
                    .append(" {id: ").append(literal(edge.id())).append("}]->(b)\nSET r += ")
                    .append(map(edge.properties())).append(";\n");
        }
        return script.toString();
    }

    private static String name(String labelOrType) {
        return "`" + labelOrType.replace("`", "``") + "`";
    }

    /** A map literal; a partial date also writes its {@code <prop>Precision}, as the importer stores it. */
    private static String map(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> name(e.getKey()) + ": " + value(e.getValue())
                        + (e.getValue() instanceof PartialDate date && date.precision() != PartialDate.Precision.DAY
                                ? ", " + name(e.getKey() + "Precision") + ": " + literal(date.precision().word())
                                : ""))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(CypherExport::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof PartialDate date) {
            return "date('" + date.start() + "')";
        }
        if (value instanceof TemporalAccessor temporal) {
            return "datetime('" + temporal + "')";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return literal(String.valueOf(value));
    }

    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
