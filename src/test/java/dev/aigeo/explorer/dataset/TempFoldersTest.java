package dev.aigeo.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempFoldersTest {

    @Test
    void aCreatedFolderIsRemovedWithEverythingInIt() throws Exception {
        Path folder = TempFolders.create("temp-folders-test");
        Files.createDirectories(folder.resolve("nodes/deeper"));
        Files.writeString(folder.resolve("nodes/deeper/Lab.csv"), "id:ID,name\n");
        Files.writeString(folder.resolve("dataset.json"), "{}");

        assertThat(folder.getFileName().toString()).startsWith("temp-folders-test");
        TempFolders.delete(folder);

        assertThat(folder).doesNotExist();
    }
}
