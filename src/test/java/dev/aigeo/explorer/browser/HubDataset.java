package dev.aigeo.explorer.browser;

import dev.aigeo.explorer.dataset.TempFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A dataset folder, written to a temporary directory, of one organisation and its partners, each relationship cited. */
final class HubDataset {

    private HubDataset() {
    }

    /** Dataset {@code name}: the hub {@code hubId} ({@code hubName}) with {@code partners} partners, org:p0 on. */
    static Path write(String name, String hubId, String hubName, int partners) {
        try {
            Path dir = TempFolders.create("explorer-" + name);
            // read by the app through the whole test class or benchmark, so removed when the JVM ends
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TempFolders.delete(dir)));
            Files.createDirectories(dir.resolve("nodes"));
            Files.createDirectories(dir.resolve("relationships"));
            Files.writeString(dir.resolve("dataset.json"), "{\"name\": \"" + name + "\", \"version\": \"1\", \"title\": \""
                    + hubName + " and its partners\", \"license\": \"CC0-1.0\"}");
            Files.writeString(dir.resolve("nodes/orgs.csv"), "id:ID,:LABEL,name\n" + hubId + ",Organization," + hubName
                    + "\n" + IntStream.range(0, partners).mapToObj(i -> "org:p" + i + ",Organization,Partner " + i + "\n")
                            .collect(Collectors.joining()));
            Files.writeString(dir.resolve("nodes/sources.csv"),
                    "id:ID,:LABEL,name,url\nsrc:hub,Source,Hub source,https://example.org/hub\n");
            Files.writeString(dir.resolve("relationships/partners.csv"),
                    ":START_ID,:END_ID,:TYPE,sources:string[],confidence\n" + IntStream.range(0, partners)
                            .mapToObj(i -> hubId + ",org:p" + i + ",PARTNERS_WITH,src:hub,high\n")
                            .collect(Collectors.joining()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
