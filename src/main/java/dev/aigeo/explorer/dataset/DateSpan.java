package dev.aigeo.explorer.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The first and last date a dataset mentions — entities' own dates and relationships' validity, each by the start
 * of its period — kept with the dataset's record so that {@code /api/meta} need not scan the graph for them.
 */
public record DateSpan(LocalDate from, LocalDate to) {

    /** The properties that date an entity, first found first ({@code asOf} reads the same). */
    public static final List<String> ENTITY_DATES = List.of("founded", "issued", "released", "launched", "date");
    public static final List<String> RELATIONSHIP_DATES = List.of("since", "until");

    /** Null when the dataset has no date at all. */
    static DateSpan of(ParsedDataset dataset) {
        Collector span = new Collector();
        dataset.rows(span);
        return span.span();
    }

    /** The span of the rows it hears, kept as they pass. */
    static final class Collector implements RowSink {
        private LocalDate from;
        private LocalDate to;

        @Override
        public void node(NodeRow row) {
            add(row.properties(), ENTITY_DATES);
        }

        @Override
        public void relationship(RelationshipRow row) {
            add(row.properties(), RELATIONSHIP_DATES);
        }

        private void add(Map<String, Object> properties, List<String> names) {
            for (String name : names) {
                if (properties.get(name) instanceof PartialDate date) {
                    LocalDate start = date.start();
                    from = from == null || start.isBefore(from) ? start : from;
                    to = to == null || start.isAfter(to) ? start : to;
                }
            }
        }

        /** Null when no row had a date. */
        DateSpan span() {
            return from == null ? null : new DateSpan(from, to);
        }
    }
}
