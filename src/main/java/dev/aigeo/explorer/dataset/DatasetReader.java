package dev.aigeo.explorer.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a dataset folder in the contract format (../shared/design/dataset-format.md): {@code dataset.json},
 * {@code nodes/*.csv}, {@code relationships/*.csv}. Collects every fault of every file instead of stopping at
 * the first; cross-file checks (unknown endpoints, duplicates) are {@link DatasetValidator}'s.
 */
public final class DatasetReader {

    static final String ID = "id:ID";
    static final String LABEL = ":LABEL";
    static final String START = ":START_ID";
    static final String END = ":END_ID";
    static final String TYPE = ":TYPE";
    static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a scan found besides the rows it handed on: the manifest, the faults within files, the fingerprint. */
    record Scan(Manifest manifest, List<Fault> faults, String fingerprint) {
    }

    private final List<Fault> faults = new ArrayList<>();
    private final RowSink rows;

    private DatasetReader(RowSink rows) {
        this.rows = rows;
    }

    /** Reads the folder into memory; {@code fallbackName} names a dataset without a manifest name. */
    public static ParsedDataset read(Path root, String fallbackName) {
        List<NodeRow> nodes = new ArrayList<>();
        List<RelationshipRow> relationships = new ArrayList<>();
        Scan scan = scan(root, fallbackName, RowSink.of(nodes::add, relationships::add));
        return new ParsedDataset(scan.manifest(), List.copyOf(nodes), List.copyOf(relationships), scan.faults(),
                scan.fingerprint());
    }

    /** Reads the folder and hands each row (with an id) to {@code rows} as it goes, keeping none. */
    static Scan scan(Path root, String fallbackName, RowSink rows) {
        DatasetReader reader = new DatasetReader(rows);
        Manifest manifest = reader.readManifest(root).withName(fallbackName);
        Vocabulary vocabulary = Vocabulary.of(manifest);
        reader.readFolder(root, "nodes", true, file -> reader.readNodes(root, file, vocabulary));
        reader.readFolder(root, "relationships", false, file -> reader.readRelationships(root, file, vocabulary));
        return new Scan(manifest, reader.faults, Fingerprint.of(root));
    }

    private Manifest readManifest(Path root) {
        Path file = root.resolve("dataset.json");
        if (!Files.isRegularFile(file)) {
            return Manifest.named(null);
        }
        try {
            Manifest manifest = JSON.readValue(Files.readAllBytes(file), Manifest.class);
            manifest.labels().keySet().stream().filter(l -> !Vocabulary.LABEL_FORM.matcher(l).matches())
                    .forEach(l -> faults.add(new Fault("dataset.json", 1, "declared label '" + l
                            + "' is not UpperCamelCase (^[A-Z][A-Za-z0-9]*$)")));
            manifest.types().stream().filter(t -> !Vocabulary.TYPE_FORM.matcher(t).matches())
                    .forEach(t -> faults.add(new Fault("dataset.json", 1, "declared type '" + t
                            + "' is not UPPER_SNAKE_CASE (^[A-Z][A-Z0-9_]*$)")));
            return manifest;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            faults.add(new Fault("dataset.json", line, "invalid manifest: " + e.getOriginalMessage()));
        } catch (IOException e) {
            faults.add(new Fault("dataset.json", 0, "cannot read the manifest: " + e.getMessage()));
        }
        return Manifest.named(null);
    }

    private void readFolder(Path root, String folder, boolean required, java.util.function.Consumer<Path> reader) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            if (required) {
                faults.add(new Fault(folder + "/", 0, "missing folder: a dataset needs " + folder + "/*.csv"));
            }
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> csvs = files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
            if (csvs.isEmpty() && required) {
                faults.add(new Fault(folder + "/", 0, "no .csv files"));
            }
            csvs.forEach(reader);
        } catch (IOException e) {
            faults.add(new Fault(folder + "/", 0, "cannot list the folder: " + e.getMessage()));
        }
    }

    private static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void readNodes(Path root, Path path, Vocabulary vocabulary) {
        String file = display(root, path);
        CsvFile.read(path, file, faults, new CsvFile.Handler() {
            Header header;

            @Override
            public boolean header(List<String> cells) {
                header = Header.parse(cells, Set.of(ID, LABEL), file, faults);
                boolean ok = requireColumns(file, header, ID, LABEL);
                Column name = header.property("name");
                if (name == null) {
                    faults.add(new Fault(file, 1, "missing column 'name'"));
                    ok = false;
                } else if (name.type() != ValueType.STRING || name.array()) {
                    faults.add(new Fault(file, 1, "column 'name' must be a string"));
                    ok = false;
                }
                return ok;
            }

            @Override
            public void record(int line, List<String> cells) {
                NodeRow row = nodeRow(file, line, header, cells, vocabulary);
                if (row != null) {
                    rows.node(row);
                }
            }
        });
    }

    private NodeRow nodeRow(String file, int line, Header header, List<String> cells, Vocabulary vocabulary) {
        String id = header.cell(cells, ID);
        if (id.isEmpty()) {
            faults.add(new Fault(file, line, "missing id"));
        }
        List<String> labels = Arrays.stream(header.cell(cells, LABEL).split(";"))
                .map(String::trim).filter(l -> !l.isEmpty()).distinct().toList();
        if (labels.isEmpty()) {
            faults.add(new Fault(file, line, "missing label"));
        }
        labels.stream().map(vocabulary::labelProblem).filter(p -> p != null)
                .forEach(p -> faults.add(new Fault(file, line, p)));
        var properties = header.values(cells, file, line, faults);
        if (!(properties.get("name") instanceof String name) || name.isBlank()) {
            faults.add(new Fault(file, line, "missing name"));
        }
        if (labels.contains(Vocabulary.SOURCE) && !(properties.get("url") instanceof String)) {
            faults.add(new Fault(file, line, "a Source needs a url"));
        }
        // a row with faults still takes part in the cross-file checks (duplicates, endpoints) when it has an id
        return id.isEmpty() ? null : new NodeRow(file, line, id, labels, properties);
    }

    private void readRelationships(Path root, Path path, Vocabulary vocabulary) {
        String file = display(root, path);
        CsvFile.read(path, file, faults, new CsvFile.Handler() {
            Header header;

            @Override
            public boolean header(List<String> cells) {
                header = Header.parse(cells, Set.of(START, END, TYPE), file, faults);
                boolean ok = requireColumns(file, header, START, END, TYPE);
                Column sources = header.property("sources");
                if (sources == null) {
                    faults.add(new Fault(file, 1, "missing column 'sources:string[]'"));
                    ok = false;
                } else if (sources.type() != ValueType.STRING || !sources.array()) {
                    faults.add(new Fault(file, 1, "column 'sources' must be declared as sources:string[]"));
                    ok = false;
                }
                for (String dated : List.of("since", "until")) {
                    Column column = header.property(dated);
                    if (column != null && (column.type() != ValueType.DATE || column.array())) {
                        faults.add(new Fault(file, 1, "column '" + dated + "' must be declared as " + dated + ":date"));
                        ok = false;
                    }
                }
                return ok;
            }

            @Override
            public void record(int line, List<String> cells) {
                RelationshipRow row = relationshipRow(file, line, header, cells, vocabulary);
                if (row != null) {
                    rows.relationship(row);
                }
            }
        });
    }

    private RelationshipRow relationshipRow(String file, int line, Header header, List<String> cells,
            Vocabulary vocabulary) {
        String start = header.cell(cells, START);
        String end = header.cell(cells, END);
        String type = header.cell(cells, TYPE);
        if (start.isEmpty()) {
            faults.add(new Fault(file, line, "missing start id (:START_ID)"));
        }
        if (end.isEmpty()) {
            faults.add(new Fault(file, line, "missing end id (:END_ID)"));
        }
        if (type.isEmpty()) {
            faults.add(new Fault(file, line, "missing type (:TYPE)"));
        } else if (vocabulary.typeProblem(type) != null) {
            faults.add(new Fault(file, line, vocabulary.typeProblem(type)));
        }
        var properties = header.values(cells, file, line, faults);
        @SuppressWarnings("unchecked")
        List<String> sources = properties.get("sources") instanceof List<?> list ? (List<String>) list : List.of();
        if (sources.isEmpty()) {
            faults.add(new Fault(file, line, "no source: every relationship cites at least one Source id"));
        }
        Object confidence = properties.get("confidence");
        if (confidence != null && !CONFIDENCE.contains(confidence.toString())) {
            faults.add(new Fault(file, line, "confidence '" + confidence + "' is not one of high, medium, low"));
        }
        if (properties.get("since") instanceof PartialDate since && properties.get("until") instanceof PartialDate until
                && until.end().isBefore(since.start())) {
            faults.add(new Fault(file, line, "until " + until + " is before since " + since));
        }
        Object key = properties.get("key");
        if (key != null && !(key instanceof String)) {
            faults.add(new Fault(file, line, "column 'key' must be a string"));
        }
        boolean identified = !start.isEmpty() && !end.isEmpty() && !type.isEmpty()
                && (key == null || key instanceof String);
        return identified ? new RelationshipRow(file, line, start, type, end, (String) key, sources, properties) : null;
    }

    private boolean requireColumns(String file, Header header, String... columns) {
        boolean ok = true;
        for (String column : columns) {
            if (!header.has(column)) {
                faults.add(new Fault(file, 1, "missing column '" + column + "'"));
                ok = false;
            }
        }
        return ok;
    }
}
