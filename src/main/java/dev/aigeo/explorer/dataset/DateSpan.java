package dev.aigeo.explorer.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

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
        List<LocalDate> dates = Stream.concat(
                dataset.nodes().stream().flatMap(n -> dates(n.properties(), ENTITY_DATES)),
                dataset.relationships().stream().flatMap(r -> dates(r.properties(), RELATIONSHIP_DATES))).toList();
        return dates.isEmpty() ? null : new DateSpan(dates.stream().min(LocalDate::compareTo).orElseThrow(),
                dates.stream().max(LocalDate::compareTo).orElseThrow());
    }

    private static Stream<LocalDate> dates(Map<String, Object> properties, List<String> names) {
        return names.stream().map(properties::get).filter(Objects::nonNull)
                .map(v -> v instanceof PartialDate date ? date.start() : null).filter(Objects::nonNull);
    }
}
