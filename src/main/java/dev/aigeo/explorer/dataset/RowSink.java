package dev.aigeo.explorer.dataset;

import java.util.List;
import java.util.function.Consumer;

/**
 * Receives a dataset's rows as they are read, so that nothing needs to hold them all: every node first (the
 * {@code nodes/} folder is read before {@code relationships/}), then every relationship.
 */
public interface RowSink {

    void node(NodeRow row);

    void relationship(RelationshipRow row);

    /** Nodes to {@code nodes}, relationships to {@code relationships}. */
    static RowSink of(Consumer<NodeRow> nodes, Consumer<RelationshipRow> relationships) {
        return new RowSink() {
            @Override
            public void node(NodeRow row) {
                nodes.accept(row);
            }

            @Override
            public void relationship(RelationshipRow row) {
                relationships.accept(row);
            }
        };
    }

    /** Every row to each of {@code sinks}, in their order. */
    static RowSink all(RowSink... sinks) {
        List<RowSink> each = List.of(sinks);
        return of(row -> each.forEach(sink -> sink.node(row)), row -> each.forEach(sink -> sink.relationship(row)));
    }
}
