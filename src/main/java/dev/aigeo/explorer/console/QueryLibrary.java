package dev.aigeo.explorer.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.graph.ClasspathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The query library: every {@code .cypher} file of a classpath folder, in file name order (see {@link LibraryQuery}). */
final class QueryLibrary {

    static final String FOLDER = "/cypher/queries";
    private static final String EXTENSION = ".cypher";

    private QueryLibrary() {
    }

    static List<LibraryQuery> load(String resourceFolder, ObjectMapper json) {
        try (Stream<Path> files = Files.list(ClasspathFolder.of(resourceFolder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION))
                    .sorted()
                    .map(f -> LibraryQuery.parse(nameOf(f), read(f), json))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + resourceFolder, e);
        }
    }

    private static String nameOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - EXTENSION.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
