package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void servesByDefault() {
        assertThat(CommandLine.parse(List.of()).command()).isEqualTo("serve");
        assertThat(CommandLine.parse(List.of("serve")).command()).isEqualTo("serve");
    }

    @Test
    void validateAndImportTakeAFolder() {
        assertThat(CommandLine.parse(List.of("validate", "data/x"))).isEqualTo(new CommandLine("validate", Path.of("data/x"), java.util.Map.of()));
        assertThat(CommandLine.parse(List.of("import", "y")).folder()).isEqualTo(Path.of("y"));
        assertThatThrownBy(() -> CommandLine.parse(List.of("validate"))).hasMessageContaining("takes a dataset folder");
    }

    @Test
    void generateTakesAFolderAndSizes() {
        CommandLine full = CommandLine.parse(List.of("generate", "/tmp/big"));
        assertThat(full.options()).containsEntry("nodes", 1_000_000L).containsEntry("relationships", 5_000_000L);

        CommandLine small = CommandLine.parse(List.of("generate", "--nodes", "1000", "/tmp/s", "--relationships=5_000", "--seed=7"));
        assertThat(small.folder()).isEqualTo(Path.of("/tmp/s"));
        assertThat(small.options()).containsEntry("nodes", 1000L).containsEntry("relationships", 5000L).containsEntry("seed", 7L);

        assertThatThrownBy(() -> CommandLine.parse(List.of("generate", "--nodes=-3", "x"))).hasMessageContaining("positive");
        assertThatThrownBy(() -> CommandLine.parse(List.of("generate", "--edges=3", "x"))).hasMessage("unknown option '--edges=3'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("generate"))).hasMessageContaining("takes a folder");
    }

    @Test
    void helpWinsAndUnknownWordsAreUsageErrors() {
        assertThat(CommandLine.parse(List.of("import", "--help")).command()).isEqualTo("help");
        assertThatThrownBy(() -> CommandLine.parse(List.of("explode"))).isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("unknown sub-command 'explode'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("serve", "--port=1"))).hasMessage("unknown option '--port=1'");
    }
}
