package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only graph/ (and dataset/, for bulk writes) may use the Neo4j driver; embedded Neo4j lives in graph/ alone. */
class PackageBoundariesTest {

    private static final Path ROOT = Path.of("src/main/java/dev/aigeo/explorer");

    private static List<String> filesImporting(String prefix, String... allowedPackages) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> List.of(allowedPackages).stream().noneMatch(p -> f.startsWith(ROOT.resolve(p))))
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains("import " + prefix);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
        }
    }

    @Test
    void onlyTheGraphAndDatasetPackagesTouchTheDriver() throws IOException {
        assertThat(filesImporting("org.neo4j.driver", "graph", "dataset")).isEmpty();
    }

    @Test
    void onlyTheGraphPackageTouchesEmbeddedNeo4j() throws IOException {
        assertThat(filesImporting("org.neo4j.", "graph")).allMatch(f -> f.contains("/dataset/"));
        assertThat(filesImporting("org.neo4j.dbms", "graph")).isEmpty();
        assertThat(filesImporting("org.neo4j.graphdb", "graph")).isEmpty();
    }
}
