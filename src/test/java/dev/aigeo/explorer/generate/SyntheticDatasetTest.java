package dev.aigeo.explorer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.ParsedDataset;
import dev.aigeo.explorer.dataset.RelationshipRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDatasetTest {

    @TempDir
    Path dir;

    @Test
    void writesAValidDatasetOfTheAskedSizeWithHubs() {
        long nodes = new SyntheticDataset(2_000, 1).write(dir.resolve("a"), 10_000);

        ParsedDataset dataset = Datasets.validate(dir.resolve("a"));
        assertThat(dataset.faults()).isEmpty();
        assertThat(dataset.nodes()).hasSize((int) nodes);
        assertThat(nodes).isEqualTo(2_000);
        assertThat(dataset.relationships().size()).isBetween(9_900, 10_000);
        assertThat(dataset.nodes().stream().map(n -> n.primaryLabel()).distinct()).hasSize(12);
        Map<String, Long> degree = dataset.relationships().stream()
                .collect(Collectors.groupingBy(RelationshipRow::end, Collectors.counting()));
        long biggest = degree.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double mean = degree.values().stream().mapToLong(Long::longValue).average().orElse(0);
        assertThat(biggest).as("a power law has hubs far above the mean").isGreaterThan((long) (mean * 50));
    }

    @Test
    void theSameSeedWritesTheSameFiles() throws Exception {
        new SyntheticDataset(500, 9).write(dir.resolve("a"), 2_000);
        new SyntheticDataset(500, 9).write(dir.resolve("b"), 2_000);
        new SyntheticDataset(500, 10).write(dir.resolve("c"), 2_000);

        Function<Path, String> content = folder -> {
            try {
                return Files.readString(folder.resolve("relationships/PARTNERS_WITH.csv"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThat(content.apply(dir.resolve("a"))).isEqualTo(content.apply(dir.resolve("b")))
                .isNotEqualTo(content.apply(dir.resolve("c")));
    }
}
