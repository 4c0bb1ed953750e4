package dev.aigeo.explorer.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small dataset folders for tests. */
final class DatasetFiles {

    private final Path root;

    DatasetFiles(Path root) {
        this.root = root;
    }

    DatasetFiles file(String relative, String content) {
        return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    DatasetFiles bytes(String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source and two labs: enough for relationships to point at. */
    DatasetFiles basics() {
        return file("nodes/basics.csv", """
                id:ID,:LABEL,name,url
                src:a,Source,Report A,https://example.org/a
                lab:x,Lab,Lab X,
                lab:y,Lab,Lab Y,
                """);
    }

    Path root() {
        return root;
    }
}
