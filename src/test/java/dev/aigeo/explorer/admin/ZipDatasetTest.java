package dev.aigeo.explorer.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigeo.explorer.http.ApiException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipDatasetTest {

    @TempDir
    Path dir;

    @Test
    void capsWhatAZipMayUnpackTo() {
        byte[] bomb = Zips.of(Map.of("nodes/n.csv", "x".repeat(50_000)));

        assertThatThrownBy(() -> ZipDataset.unpack(new ByteArrayInputStream(bomb), dir, 10_000))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(413));
    }

    @Test
    void capsTheUploadWhileItStreams() {
        byte[] zip = Zips.of(Map.of("nodes/n.csv", "id:ID,:LABEL,name\n"));

        assertThatThrownBy(() -> ZipDataset.unpack(new LimitedInputStream(new ByteArrayInputStream(zip), 10), dir, 1_000))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void findsTheDatasetAtTheRootOrInOneTopFolder() {
        byte[] nested = Zips.of(Map.of("data/nodes/n.csv", "id:ID,:LABEL,name\n"));

        assertThat(ZipDataset.unpack(new ByteArrayInputStream(nested), dir, 1_000)).isEqualTo(dir.resolve("data"));
    }
}
