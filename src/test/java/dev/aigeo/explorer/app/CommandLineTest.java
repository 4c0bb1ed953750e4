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
        assertThat(CommandLine.parse(List.of("validate", "data/x"))).isEqualTo(new CommandLine("validate", Path.of("data/x")));
        assertThat(CommandLine.parse(List.of("import", "y")).folder()).isEqualTo(Path.of("y"));
        assertThatThrownBy(() -> CommandLine.parse(List.of("validate"))).hasMessageContaining("takes a dataset folder");
    }

    @Test
    void helpWinsAndUnknownWordsAreUsageErrors() {
        assertThat(CommandLine.parse(List.of("import", "--help")).command()).isEqualTo("help");
        assertThatThrownBy(() -> CommandLine.parse(List.of("explode"))).isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("unknown sub-command 'explode'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("serve", "--port=1"))).hasMessage("unknown option '--port=1'");
    }
}
