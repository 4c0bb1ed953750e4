package dev.aigeo.explorer.dataset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of one CSV file: the special ones of neo4j-admin import ({@code id:ID}, {@code :LABEL},
 * {@code :START_ID} …) by index, and typed property columns.
 */
final class Header {

    /** Property names the importer writes itself. */
    static final Set<String> RESERVED = Set.of("dataset", "importId", "primaryLabel");

    private final Map<String, Integer> special = new HashMap<>();
    private final Map<Integer, Column> properties = new LinkedHashMap<>();

    private Header() {
    }

    /**
     * Reads a header line. {@code specials} are the exact header cells with a fixed meaning in this kind of file;
     * every other cell is a property column. Problems are added to {@code faults} at line 1.
     */
    static Header parse(List<String> cells, Set<String> specials, String file, List<Fault> faults) {
        Header header = new Header();
        Map<String, Integer> seenNames = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).trim();
            if (specials.contains(cell)) {
                if (header.special.putIfAbsent(cell, i) != null) {
                    faults.add(new Fault(file, 1, "column '" + cell + "' appears twice"));
                }
                continue;
            }
            try {
                Column column = Column.fromHeader(cell);
                if (RESERVED.contains(column.name())) {
                    faults.add(new Fault(file, 1, "property '" + column.name() + "' is reserved for the importer"));
                } else if (seenNames.putIfAbsent(column.name(), i) != null) {
                    faults.add(new Fault(file, 1, "property '" + column.name() + "' appears twice"));
                } else {
                    header.properties.put(i, column);
                }
            } catch (IllegalArgumentException e) {
                faults.add(new Fault(file, 1, "column '" + cell + "': " + e.getMessage()));
            }
        }
        return header;
    }

    boolean has(String specialColumn) {
        return special.containsKey(specialColumn);
    }

    /** The trimmed cell of a special column, or "" when the file has no such column. */
    String cell(List<String> cells, String specialColumn) {
        Integer index = special.get(specialColumn);
        return index == null ? "" : cells.get(index).trim();
    }

    Column property(String name) {
        return properties.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Parses the property cells of a record; an empty cell means the property is absent. */
    Map<String, Object> values(List<String> cells, String file, int line, List<Fault> faults) {
        Map<String, Object> values = new LinkedHashMap<>();
        properties.forEach((index, column) -> {
            String cell = cells.get(index);
            if (cell.isEmpty()) {
                return;
            }
            try {
                Object value = column.parseCell(cell);
                if (value != null) {
                    values.put(column.name(), value);
                }
            } catch (IllegalArgumentException e) {
                faults.add(new Fault(file, line, "column '" + column.name() + "': " + e.getMessage()));
            }
        });
        return values;
    }
}
