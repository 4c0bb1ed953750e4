package dev.aigeo.explorer.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.graph.ClasspathFolder;
import dev.aigeo.explorer.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stories shipped with the app ({@code src/main/resources/stories/*.story.json}), written against the bundled
 * dataset. They are added at start when a story of the same id is not there yet, so an admin's edits survive.
 */
public final class BundledStories {

    private static final ObjectMapper JSON = Json.mapper();

    private BundledStories() {
    }

    public static List<Story> read() {
        Path folder = ClasspathFolder.of("/stories");
        try (Stream<Path> files = Files.list(folder)) {
            List<Story> stories = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".story.json")).sorted().toList()) {
                stories.add(StoryRules.check(JSON.readValue(Files.readAllBytes(file), Story.class), null));
            }
            return stories;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled stories", e);
        }
    }

    /** Adds the bundled stories that are not in the database yet; returns how many were added. */
    public static int addMissing(StoryService stories) {
        int added = 0;
        for (Story story : read()) {
            if (stories.saveIfAbsent(story)) {
                added++;
            }
        }
        return added;
    }
}
