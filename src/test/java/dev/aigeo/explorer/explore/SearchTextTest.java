package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAndAccents() {
        assertThat(SearchText.fold("São Paulo ZHIPŪ")).isEqualTo("sao paulo zhipu");
    }

    @Test
    void everyWordMustMatchAsWordPrefixOrTypo() {
        assertThat(SearchText.lucene("Deeps")).isEqualTo("+(deeps^3 OR deeps*^2 OR deeps~1)");
        assertThat(SearchText.lucene("ap-southeast-5"))
                .isEqualTo("+(ap^3 OR ap*^2) +(southeast^3 OR southeast*^2 OR southeast~2) +(5^3 OR 5*^2)");
    }

    @Test
    void luceneSyntaxInTheInputIsNeverPassedOn() {
        assertThat(SearchText.lucene("name:x OR \"y\"~")).isEqualTo(
                "+(name^3 OR name*^2 OR name~1) +(x^3 OR x*^2) +(or^3 OR or*^2) +(y^3 OR y*^2)");
        assertThat(SearchText.lucene("*:*")).isNull();
    }

    @Test
    void prefixMatchNeedsEveryTypedWord() {
        assertThat(SearchText.prefixMatch(List.of("alib", "cl"), "Alibaba Cloud")).isTrue();
        assertThat(SearchText.prefixMatch(List.of("alib", "x"), "Alibaba Cloud")).isFalse();
        assertThat(SearchText.prefixMatch(List.of("x"), null)).isFalse();
    }
}
