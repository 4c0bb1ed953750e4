package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaNamesTest {

    @Test
    void oneSetOfTypesIsOneTypeExpressionWhateverTheOrderAsked() {
        assertThat(SchemaNames.typeExpression(List.of("OPERATES", "HOSTS", "OPERATES"))).isEqualTo(":HOSTS|OPERATES");
        assertThat(SchemaNames.typeExpression(List.of("HOSTS", "OPERATES")))
                .isEqualTo(SchemaNames.typeExpression(List.of("OPERATES", "HOSTS")));
    }

    @Test
    void anyTypeIsNoExpression() {
        assertThat(SchemaNames.typeExpression(null)).isEmpty();
    }

    @Test
    void aNameOutsideTheImportersFormIsNeverWrittenIntoCypher() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchemaNames.typeExpression(Arrays.asList("HOSTS", "X]-() DETACH DELETE n //")));
    }
}
