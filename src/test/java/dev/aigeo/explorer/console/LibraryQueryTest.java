package dev.aigeo.explorer.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.http.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryQueryTest {

    private static final ObjectMapper JSON = Json.mapper();

    @Test
    void readsTitleDescriptionParametersAndTheStatement() {
        LibraryQuery query = LibraryQuery.parse("regions", """
                // title: Regions of a country
                // description: Cloud regions located in a country,
                //   opened since a date.
                // param: country = "ID" — ISO code of the country
                // param: since = {"$date": "2020-01-01"} -- opened on or after
                // param: top = 10
                MATCH (r:CloudRegion)-[:LOCATED_IN]->(:Country {iso2: $country})
                WHERE r.launched >= $since
                RETURN r.name LIMIT $top
                """, JSON);

        assertThat(query.name()).isEqualTo("regions");
        assertThat(query.title()).isEqualTo("Regions of a country");
        assertThat(query.description()).isEqualTo("Cloud regions located in a country, opened since a date.");
        assertThat(query.parameters()).extracting(LibraryQuery.Parameter::name).containsExactly("country", "since", "top");
        assertThat(query.parameters().get(0).defaultValue().textValue()).isEqualTo("ID");
        assertThat(query.parameters().get(0).description()).isEqualTo("ISO code of the country");
        assertThat(query.parameters().get(1).defaultValue().toString()).isEqualTo("{\"$date\":\"2020-01-01\"}");
        assertThat(query.parameters().get(1).description()).isEqualTo("opened on or after");
        assertThat(query.parameters().get(2).defaultValue().intValue()).isEqualTo(10);
        assertThat(query.parameters().get(2).description()).isEmpty();
        assertThat(query.cypher()).startsWith("MATCH (r:CloudRegion)").endsWith("LIMIT $top").doesNotContain("//");
    }

    @Test
    void refusesAHeaderWithoutTitleOrDescription() {
        assertThatThrownBy(() -> LibraryQuery.parse("q", "// description: d\nRETURN 1", JSON))
                .hasMessage("query library: q.cypher needs a '// title: …' line in its header");
        assertThatThrownBy(() -> LibraryQuery.parse("q", "// title: t\nRETURN 1", JSON))
                .hasMessageContaining("needs a '// description: …' line");
        assertThatThrownBy(() -> LibraryQuery.parse("q", "// title: t\n// title: u\n// description: d\nRETURN 1", JSON))
                .hasMessageContaining("has two 'title:' lines");
    }

    @Test
    void refusesParametersThatAreUsedButNotDeclaredOrTheOtherWayRound() {
        assertThatThrownBy(() -> LibraryQuery.parse("q", "// title: t\n// description: d\nRETURN $x", JSON))
                .hasMessageContaining("uses parameters [x] but its header declares []");
        assertThatThrownBy(() -> LibraryQuery.parse("q", "// title: t\n// description: d\n// param: x = 1\nRETURN 1", JSON))
                .hasMessageContaining("uses parameters [] but its header declares [x]");
        assertThatThrownBy(() -> LibraryQuery.parse("q", "// title: t\n// description: d\n// param: x = 'a'\nRETURN $x", JSON))
                .hasMessageContaining("param x has a default that is not JSON");
        assertThatThrownBy(() -> LibraryQuery.parse("q", "// title: t\n// description: d\n// param: = 1\nRETURN 1", JSON))
                .hasMessageContaining("is not 'name = default — description'");
    }

    @Test
    void theBundledLibraryHasAtLeastFifteenDocumentedQueries() {
        List<LibraryQuery> library = QueryLibrary.load(QueryLibrary.FOLDER, JSON);

        assertThat(library).hasSizeGreaterThanOrEqualTo(15);
        assertThat(library).allSatisfy(q -> {
            assertThat(q.title()).isNotBlank();
            assertThat(q.description()).hasSizeGreaterThan(30);
            assertThat(q.cypher()).doesNotStartWith("//");
            assertThat(q.parameters()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
        });
        assertThat(library).extracting(LibraryQuery::name).doesNotHaveDuplicates().isSorted();
    }
}
