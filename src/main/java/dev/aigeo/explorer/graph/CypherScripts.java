package dev.aigeo.explorer.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the {@code .cypher} files of a classpath folder (e.g. {@code /cypher/schema}) as statements. */
public final class CypherScripts {

    private CypherScripts() {
    }

    /** The statements of every file in the folder, files in name order, each split on a ';' ending a line. */
    public static List<String> statements(String resourceFolder) {
        Path folder = ClasspathFolder.of(resourceFolder);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> statements = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList()) {
                statements.addAll(split(Files.readString(file, StandardCharsets.UTF_8)));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceFolder, e);
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                add(statements, current);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
