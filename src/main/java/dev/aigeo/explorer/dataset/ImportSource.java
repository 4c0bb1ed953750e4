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
}
