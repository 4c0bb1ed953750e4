package dev.aigeo.explorer.dataset;

/**
 * A valid dataset as the importer writes it: its manifest and fingerprint, how many rows it has and the dates they
 * span, and the rows themselves, handed over in order (nodes first) — from memory or read again from a folder.
 */
public interface ImportSource {

    Manifest manifest();

    String fingerprint();

    int nodeCount();

    int relationshipCount();

    /** Null when no row has a date. */
    DateSpan dateSpan();

    /** Hands every row to {@code sink}, every node before any relationship. */
    void rows(RowSink sink);

    default String name() {
        return manifest().name();
    }

    /** A dataset already read into memory. */
    static ImportSource of(ParsedDataset dataset) {
        return new ImportSource() {
            @Override
            public Manifest manifest() {
                return dataset.manifest();
            }

            @Override
            public String fingerprint() {
                return dataset.fingerprint();
            }

            @Override
            public int nodeCount() {
                return dataset.nodes().size();
            }

            @Override
            public int relationshipCount() {
                return dataset.relationships().size();
            }

            @Override
            public DateSpan dateSpan() {
                return DateSpan.of(dataset);
            }

            @Override
            public void rows(RowSink sink) {
                dataset.nodes().forEach(sink::node);
                dataset.relationships().forEach(sink::relationship);
            }
        };
    }
}
