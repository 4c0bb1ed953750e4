package dev.aigeo.explorer.dataset;

/**
 * Hears how far an import has come: {@code phase} is "nodes", "relationships", "cleanup" or "done"; {@code done}
 * and {@code total} count rows of that phase. Called on the importing thread, after each batch.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
