package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** PNG, SVG, JSON and snapshot downloads made in the browser, read back from Chromium's download folder. */
class ExportIT {

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture");

    @BeforeEach
    void openDeepSeekAndItsNeighbours() throws IOException {
        try (var files = Files.list(page.downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        page.open("/?n=lab:deepseek&x=25~~lab:deepseek&layout=concentric");
        page.waitFor("return explorer.cy.getElementById('model:r1').length === 1");
    }

    @Test
    void pngIsTheWholeGraphAtTwiceTheScreenResolution() throws IOException {
        page.browser.findElement(By.cssSelector("#toolbar [data-action=png]")).click();
        Path png = page.download(".png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        double graphWidth = ((Number) page.js("return explorer.cy.elements().boundingBox().w")).doubleValue();
        assertThat(image.getWidth()).isGreaterThanOrEqualTo((int) (graphWidth * 2 * 0.9));
        assertThat(png.getFileName().toString()).startsWith("fixture-");
    }

    @Test
    void jsonHoldsTheShownGraphWithTheSourcesOfEveryRelationshipAndTheDataset() throws IOException {
        page.browser.findElement(By.id("tab-filters")).click();
        page.browser.findElement(By.cssSelector("#filters input[name=conf][value=high]")).click();
        page.waitForQuery("conf=high");
        page.browser.findElement(By.cssSelector("#toolbar [data-action=json]")).click();
        JsonNode doc = new ObjectMapper().readTree(page.download(".json").toFile());

        List<String> nodes = new ArrayList<>();
        doc.get("nodes").forEach(n -> nodes.add(n.at("/data/id").asText()));
        List<String> edges = new ArrayList<>();
        doc.get("edges").forEach(e -> edges.add(e.at("/data/id").asText()));
        assertThat(nodes).contains("lab:deepseek", "model:r1", "country:cn");
        assertThat(edges).contains("lab:deepseek|DEVELOPS|model:r1", "lab:deepseek|HEADQUARTERED_IN|country:cn")
                .as("the low-confidence edge is filtered out").doesNotContain("org:xss|PARTNERS_WITH|lab:deepseek");
        doc.get("edges").forEach(e -> assertThat(e.at("/data/sources").size()).isPositive());

        JsonNode source = doc.get("sources").get(0);
        assertThat(source.get("id").asText()).isEqualTo("src:news");
        assertThat(source.get("url").asText()).isEqualTo("https://example.org/news");
        assertThat(source.get("name").asText()).isEqualTo("A news item");
        assertThat(doc.at("/dataset/name").asText()).isEqualTo("fixture");
        assertThat(doc.at("/dataset/version").asText()).isEqualTo("1.0");
        assertThat(doc.at("/dataset/license").asText()).isEqualTo("CC-BY-4.0");
        assertThat(doc.get("view").asText()).contains("conf=high");
        assertThat(Instant.parse(doc.get("exportedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void svgDrawsEveryEntityOnScreenAsTextNotMarkup() throws Exception {
        page.browser.findElement(By.cssSelector("#toolbar [data-action=svg]")).click();
        Path svg = page.download(".svg");

        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        List<String> texts = new ArrayList<>();
        var nodes = document.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        long shown = ((Number) page.js("return explorer.cy.nodes(':visible').length")).longValue();
        assertThat(texts).hasSize((int) shown).contains("DeepSeek", "DeepSeek-R1", "<img src=x onerror=alert(1)>");
        assertThat(document.getElementsByTagName("line").getLength()).isPositive();
        assertThat(document.getElementsByTagName("img").getLength()).isZero();
    }

    @Test
    void aSnapshotZipCarriesThisViewsLinkAndTheBibliography() throws Exception {
        page.browser.findElement(By.cssSelector("#toolbar [data-action=snapshot]")).click();
        Path zip = page.download(".zip");

        String citation = null;
        List<String> entries = new ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().endsWith("CITATION.txt")) {
                    citation = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(entries).contains("snapshot/subgraph.json", "snapshot/subgraph.graphml", "snapshot/snapshot.json");
        assertThat(citation).contains("Reproduce: " + page.browser.getCurrentUrl()).contains("CC-BY-4.0")
                .contains("A news item");
    }
}
