package dev.aigeo.explorer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void readsUnits() {
        assertThat(ByteSizes.parse("512")).isEqualTo(512);
        assertThat(ByteSizes.parse("64k")).isEqualTo(64 * 1024);
        assertThat(ByteSizes.parse("16M")).isEqualTo(16L * 1024 * 1024);
        assertThat(ByteSizes.parse("1gb")).isEqualTo(1L << 30);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> ByteSizes.parse("lots")).hasMessageContaining("not a size");
        assertThatThrownBy(() -> ByteSizes.parse("-5m")).hasMessageContaining("not a size");
    }
}
