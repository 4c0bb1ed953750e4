package dev.aigeo.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    @TempDir
    Path dir;

    private ParsedDataset validate(DatasetFiles files) {
        return Datasets.validate(files.root());
    }

    private List<String> faults(DatasetFiles files) {
        return validate(files).faults().stream().map(Fault::toString).toList();
    }

    @Test
    void readsTypedColumnsArraysAndPartialDates() {
        DatasetFiles files = new DatasetFiles(dir).file("nodes/models.csv", """
                id:ID,:LABEL,name,aliases:string[],zones:int,params:long,lat:double,ratio:float,open:boolean,released:date,seen:datetime,scores:int[]
                model:m,Model,M,a; b ;,3,9000000000,-6.2,0.5,TRUE,2025-01,2025-01-20T10:00:00Z,1;2
                model:n,Model,N,,,,,,false,2024,,
                """);
        ParsedDataset dataset = validate(files);

        assertThat(dataset.faults()).isEmpty();
        NodeRow m = dataset.nodes().get(0);
        assertThat(m.properties())
                .containsEntry("aliases", List.of("a", "b"))
                .containsEntry("zones", 3L)
                .containsEntry("params", 9_000_000_000L)
                .containsEntry("lat", -6.2)
                .containsEntry("ratio", 0.5)
                .containsEntry("open", true)
                .containsEntry("released", new PartialDate(LocalDate.of(2025, 1, 1), PartialDate.Precision.MONTH))
                .containsEntry("seen", ZonedDateTime.parse("2025-01-20T10:00:00Z"))
                .containsEntry("scores", List.of(1L, 2L));
        NodeRow n = dataset.nodes().get(1);
        assertThat(n.properties()).containsOnlyKeys("name", "open", "released");
        assertThat(n.properties().get("released")).hasToString("2024");
    }

    @Test
    void keepsLabelOrderSoTheFirstIsPrimary() {
        ParsedDataset dataset = validate(new DatasetFiles(dir).file("nodes/n.csv", """
                id:ID,:LABEL,name
                cloud:alibaba,CloudProvider;Lab,Alibaba Cloud
                """));

        assertThat(dataset.nodes().get(0).labels()).containsExactly("CloudProvider", "Lab");
        assertThat(dataset.nodes().get(0).primaryLabel()).isEqualTo("CloudProvider");
    }

    @Test
    void countsPhysicalLinesAcrossQuotedNewlinesAndBlankLines() {
        ParsedDataset dataset = validate(new DatasetFiles(dir).file("nodes/n.csv", """
                id:ID,:LABEL,name,description
                lab:a,Lab,A,"first line
                second line, with a comma and ""quotes""\"

                lab:b,Lab,B,plain
                lab:c,Lab,,missing name
                """));

        assertThat(dataset.nodes().get(0).properties().get("description"))
                .isEqualTo("first line\nsecond line, with a comma and \"quotes\"");
        assertThat(dataset.nodes().get(1).line()).isEqualTo(5);
        assertThat(dataset.faults()).extracting(Fault::toString).containsExactly("nodes/n.csv:6: missing name");
    }

    @Test
    void ignoresAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = "id:ID,:LABEL,name\nlab:a,Lab,A\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(csv, 0, content, bom.length, csv.length);

        ParsedDataset dataset = validate(new DatasetFiles(dir).bytes("nodes/n.csv", content));

        assertThat(dataset.faults()).isEmpty();
        assertThat(dataset.nodes()).extracting(NodeRow::id).containsExactly("lab:a");
    }

    @Test
    void takesNameAndVocabularyFromTheManifest() {
        ParsedDataset dataset = validate(new DatasetFiles(dir).basics()
                .file("dataset.json", """
                        {"name": "chips", "version": "1.0", "license": "CC-BY-4.0",
                         "labels": {"Fab": {"color": "#8a5"}}, "types": ["SUPPLIES"]}""")
                .file("nodes/fabs.csv", "id:ID,:LABEL,name\nfab:tsmc,Fab,TSMC\n")
                .file("relationships/r.csv", """
                        :START_ID,:END_ID,:TYPE,sources:string[],confidence
                        fab:tsmc,lab:x,SUPPLIES,src:a,high
                        """));

        assertThat(dataset.faults()).isEmpty();
        assertThat(dataset.name()).isEqualTo("chips");
        assertThat(dataset.manifest().labels()).containsKey("Fab");
    }

    @Test
    void withoutAManifestTheFolderNamesTheDataset() {
        Path folder = dir.resolve("my-data");
        ParsedDataset dataset = validate(new DatasetFiles(folder).basics());

        assertThat(dataset.name()).isEqualTo("my-data");
    }

    @Test
    void readsRelationshipsWithKeysSourcesAndValidity() {
        ParsedDataset dataset = validate(new DatasetFiles(dir).basics().file("relationships/r.csv", """
                :START_ID,:END_ID,:TYPE,sources:string[],confidence,since:date,until:date,key,note
                lab:x,lab:y,PARTNERS_WITH,src:a,medium,2024-05,2025,first,"USD 1.5bn"
                lab:x,lab:y,PARTNERS_WITH,src:a,low,2026,,second,
                """));

        assertThat(dataset.faults()).isEmpty();
        assertThat(dataset.relationships()).extracting(RelationshipRow::publicId)
                .containsExactly("lab:x|PARTNERS_WITH|lab:y|first", "lab:x|PARTNERS_WITH|lab:y|second");
        assertThat(dataset.relationships().get(0).sources()).containsExactly("src:a");
        assertThat(dataset.relationships().get(0).properties()).containsEntry("note", "USD 1.5bn");
    }
}
