package dev.aigeo.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fault kind of dataset-format.md, reported as file:line: reason, all at once. */
class DatasetFaultsTest {

    @TempDir
    Path dir;

    /** The faults of the dataset read into memory, which must be those of the check that holds no rows. */
    private List<String> faults(DatasetFiles files) {
        List<String> inMemory = Datasets.validate(files.root()).faults().stream().map(Fault::toString).toList();
        List<String> streamed = Datasets.check(files.root()).faults().stream().map(Fault::toString).toList();
        assertThat(streamed).as("the streamed check").isEqualTo(inMemory);
        return inMemory;
    }

    private DatasetFiles files() {
        return new DatasetFiles(dir);
    }

    @Test
    void reportsDuplicateIdsWithTheFirstDefinition() {
        assertThat(faults(files().basics().file("nodes/more.csv", "id:ID,:LABEL,name\nlab:x,Lab,Again\n")))
                .containsExactly("nodes/more.csv:2: duplicate id 'lab:x' (first defined at nodes/basics.csv:3)");
    }

    @Test
    void reportsMissingIdLabelAndName() {
        assertThat(faults(files().file("nodes/n.csv", """
                id:ID,:LABEL,name
                ,Lab,No id
                lab:a,,No label
                lab:b,Lab,
                """))).containsExactly(
                "nodes/n.csv:2: missing id",
                "nodes/n.csv:3: missing label",
                "nodes/n.csv:4: missing name");
    }

    @Test
    void reportsMissingHeaderColumns() {
        assertThat(faults(files().file("nodes/n.csv", "id:ID,title\nlab:a,A\n")
                .file("relationships/r.csv", ":START_ID,:TYPE\na,B\n"))).containsExactly(
                "nodes/n.csv:1: missing column ':LABEL'",
                "nodes/n.csv:1: missing column 'name'",
                "relationships/r.csv:1: missing column ':END_ID'",
                "relationships/r.csv:1: missing column 'sources:string[]'");
    }

    @Test
    void reportsLabelsAndTypesOfTheWrongFormOrUndeclared() {
        assertThat(faults(files().basics()
                .file("nodes/n.csv", "id:ID,:LABEL,name\nx:1,lab,A\nx:2,Fab,B\nx:3,Lab;Entity,C\n")
                .file("relationships/r.csv", """
                        :START_ID,:END_ID,:TYPE,sources:string[]
                        lab:x,lab:y,partners,src:a
                        lab:x,lab:y,SUPPLIES,src:a
                        """))).containsExactly(
                "nodes/n.csv:2: label 'lab' is not UpperCamelCase (^[A-Z][A-Za-z0-9]*$)",
                "nodes/n.csv:3: label 'Fab' is neither in the ontology nor declared in dataset.json \"labels\"",
                "nodes/n.csv:4: label 'Entity' is added by the importer and may not be given",
                "relationships/r.csv:2: type 'partners' is not UPPER_SNAKE_CASE (^[A-Z][A-Z0-9_]*$)",
                "relationships/r.csv:3: type 'SUPPLIES' is neither in the ontology nor declared in dataset.json \"types\"");
    }

    @Test
    void reportsValuesThatDoNotParseAsTheirType() {
        assertThat(faults(files().file("nodes/n.csv", """
                id:ID,:LABEL,name,released:date,zones:int,lat:double,open:boolean,at:datetime
                model:a,Model,A,2024-13-45,three,north,yes,yesterday
                """))).containsExactly(
                "nodes/n.csv:2: column 'released': not a valid date: '2024-13-45'",
                "nodes/n.csv:2: column 'zones': 'three' is not an int",
                "nodes/n.csv:2: column 'lat': 'north' is not a double",
                "nodes/n.csv:2: column 'open': 'yes' is not a boolean (true or false)",
                "nodes/n.csv:2: column 'at': 'yesterday' is not an ISO-8601 datetime (e.g. 2025-01-20T10:00:00Z)");
    }

    @Test
    void reportsUnknownColumnTypesAndReservedProperties() {
        assertThat(faults(files().file("nodes/n.csv", "id:ID,:LABEL,name,size:huge,dataset\nlab:a,Lab,A,1,x\n")))
                .containsExactly(
                        "nodes/n.csv:1: column 'size:huge': unknown type 'huge' (use string, int, long, float, double, "
                                + "boolean, date, datetime, or one of them with [])",
                        "nodes/n.csv:1: property 'dataset' is reserved for the importer");
    }

    @Test
    void reportsUnknownEndpointsAndSources() {
        assertThat(faults(files().basics().file("relationships/r.csv", """
                :START_ID,:END_ID,:TYPE,sources:string[]
                lab:x,lab:nope,PARTNERS_WITH,src:a
                lab:ghost,lab:y,PARTNERS_WITH,src:missing
                lab:x,lab:y,ADOPTS,lab:y
                lab:y,lab:x,ADOPTS,
                """))).containsExactly(
                "relationships/r.csv:2: unknown end node 'lab:nope'",
                "relationships/r.csv:3: unknown start node 'lab:ghost'",
                "relationships/r.csv:3: unknown source 'src:missing'",
                "relationships/r.csv:4: 'lab:y' is cited as a source but is not a Source",
                "relationships/r.csv:5: no source: every relationship cites at least one Source id");
    }

    @Test
    void reportsConfidenceOutsideTheThreeWordsAndUntilBeforeSince() {
        assertThat(faults(files().basics().file("relationships/r.csv", """
                :START_ID,:END_ID,:TYPE,sources:string[],confidence,since:date,until:date
                lab:x,lab:y,PARTNERS_WITH,src:a,certain,,
                lab:x,lab:y,ADOPTS,src:a,high,2025-03,2024
                """))).containsExactly(
                "relationships/r.csv:2: confidence 'certain' is not one of high, medium, low",
                "relationships/r.csv:3: until 2024 is before since 2025-03");
    }

    @Test
    void reportsRepeatedRelationshipsUnlessTheirKeysDiffer() {
        assertThat(faults(files().basics().file("relationships/r.csv", """
                :START_ID,:END_ID,:TYPE,sources:string[],key
                lab:x,lab:y,PARTNERS_WITH,src:a,
                lab:x,lab:y,PARTNERS_WITH,src:a,
                lab:x,lab:y,PARTNERS_WITH,src:a,2025
                """))).containsExactly("relationships/r.csv:3: duplicate relationship lab:x|PARTNERS_WITH|lab:y "
                + "(first at relationships/r.csv:2); give each a distinct key");
    }

    @Test
    void reportsRowsOfTheWrongWidth() {
        assertThat(faults(files().file("nodes/n.csv", "id:ID,:LABEL,name\nlab:a,Lab,A,extra\nlab:b,Lab\n")))
                .containsExactly(
                        "nodes/n.csv:2: expected 3 columns as in the header, found 4",
                        "nodes/n.csv:3: expected 3 columns as in the header, found 2");
    }

    @Test
    void reportsFilesThatAreNotUtf8() {
        byte[] latin1 = "id:ID,:LABEL,name\nlab:a,Lab,A\nlab:b,Lab,S\u00e3o Paulo\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(faults(files().bytes("nodes/n.csv", latin1))).containsExactly("nodes/n.csv:3: file is not valid UTF-8");
    }

    @Test
    void reportsAnUnclosedQuote() {
        assertThat(faults(files().file("nodes/n.csv", "id:ID,:LABEL,name\nlab:a,Lab,A\nlab:b,Lab,\"never closed\n")))
                .containsExactly("nodes/n.csv:3: malformed CSV: a quoted field is never closed");
    }

    @Test
    void reportsASourceWithoutUrlAndAMissingNodesFolder() {
        assertThat(faults(files().file("nodes/n.csv", "id:ID,:LABEL,name\nsrc:a,Source,A report\n")))
                .containsExactly("nodes/n.csv:2: a Source needs a url");
        assertThat(faults(new DatasetFiles(dir.resolve("empty")).file("relationships/r.csv", "x\n")))
                .contains("nodes/:0: missing folder: a dataset needs nodes/*.csv");
    }

    @Test
    void reportsAManifestThatIsNotJson() {
        assertThat(faults(files().basics().file("dataset.json", "{\n  \"name\": \"x\",\n  oops\n}")))
                .singleElement().asString().startsWith("dataset.json:3: invalid manifest:");
    }

    @Test
    void reportsEveryFaultOfEveryFileAtOnce() {
        List<String> faults = faults(files().basics()
                .file("nodes/a.csv", "id:ID,:LABEL,name\nlab:x,Lab,Dup\nlab:q,lab,Q\n")
                .file("nodes/b.csv", "id:ID,:LABEL,name,released:date\nmodel:z,Model,Z,someday\n")
                .file("relationships/r.csv", """
                        :START_ID,:END_ID,:TYPE,sources:string[],confidence
                        lab:x,lab:none,ADOPTS,src:a,high
                        lab:x,lab:y,ADOPTS,src:a,sure
                        """));

        assertThat(faults).hasSize(5).allMatch(f -> f.matches("^[a-z/.]+\\.csv:\\d+: .+"));
    }
}
