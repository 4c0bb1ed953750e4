package dev.aigeo.explorer.dataset;

import java.util.List;

/**
 * Receives a dataset's rows as they are read, so that nothing needs to hold them all: every node first (the
 * {@code nodes/} folder is read before {@code relationships/}), then every relationship.
 */
public interface RowSink {

    void node(NodeRow row);

    void relationship(RelationshipRow row);

    /** Every row to each of {@code sinks}, in their order. */
    static RowSink all(RowSink... sinks) {
        List<RowSink> each = List.of(sinks);
        return new RowSink() {
            @Override
            public void node(NodeRow row) {
                each.forEach(sink -> sink.node(row));
            }

            @Override
            public void relationship(RelationshipRow row) {
                each.forEach(sink -> sink.relationship(row));
            }
        };
    }
}
