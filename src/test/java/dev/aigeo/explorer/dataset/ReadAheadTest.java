package dev.aigeo.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigeo.explorer.generate.SyntheticDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-ahead scan hands over the same rows in the same order as a plain scan, and stops when the caller does. */
class ReadAheadTest {

    @TempDir
    Path dir;

    @Test
    void handsOverEveryRowInFileOrderOnTheCallingThread() {
        new SyntheticDataset(1_200, 3).write(dir, 10_000);
        List<String> plain = new ArrayList<>();
        DatasetReader.scan(dir, "x", RowSink.of(n -> plain.add(n.where()), r -> plain.add(r.where())));
        List<String> ahead = new ArrayList<>();
        List<String> threads = new ArrayList<>();

        DatasetReader.Scan scan = ReadAhead.scan(dir, "x", RowSink.of(n -> {
            ahead.add(n.where());
            threads.add(Thread.currentThread().getName());
        }, r -> ahead.add(r.where())));

        assertThat(plain).hasSizeGreaterThan(ReadAhead.CHUNK * ReadAhead.QUEUED);
        assertThat(ahead).isEqualTo(plain);
        assertThat(threads).containsOnly(Thread.currentThread().getName());
        assertThat(scan.faults()).isEmpty();
        assertThat(scan.fingerprint()).isEqualTo(Fingerprint.of(dir));
    }

    @Test
    void aFailingSinkStopsTheReadingThread() throws Exception {
        new SyntheticDataset(1_200, 3).write(dir, 20_000);
        int[] seen = {0};

        assertThatThrownBy(() -> ReadAhead.scan(dir, "x", RowSink.of(n -> seen[0]++, r -> {
            if (++seen[0] == 2_000) {
                throw new IllegalStateException("the database went away");
            }
        }))).hasMessage("the database went away");

        for (int i = 0; i < 100 && readerAlive(); i++) {
            Thread.sleep(20);
        }
        assertThat(readerAlive()).as("the read-ahead thread still runs").isFalse();
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("dataset-read-ahead") && t.isAlive());
    }
}
