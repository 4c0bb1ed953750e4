package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.dataset.Datasets;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Cypher console on the default dataset (its query library is written for it): a library query drawn on the
 * graph and read as a sorted table and a CSV file, a refused write, a syntax error marked where it is, "Show
 * Cypher" from an expansion, the search box and a path search, and a permalink that fills the console without
 * running it.
 */
class ConsolePanelIT {

    private static final String CHAIN = "chain-from-export-control-to-region";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of(Datasets.bundled(), "global-south-ai");

    @BeforeEach
    void emptyDownloads() throws IOException {
        try (var files = Files.list(page.downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private WebElement find(String css) {
        return page.browser.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private void openConsole(String path) {
        page.open(path);
        if (!"true".equals(find("#tab-console").getAttribute("aria-selected"))) {
            find("#tab-console").click();
        }
        page.waitFor("return document.querySelector('#console-library').options.length > 1");
    }

    private void type(String query) {
        WebElement editor = find("#console-query");
        editor.clear();
        editor.sendKeys(query);
    }

    private void runAndWaitForRows() {
        find("#console [data-action=run]").click();
        page.waitFor("return /\\d+ rows? in \\d+ ms/.test(document.querySelector('#console-summary').textContent)");
    }

    private List<String> column(int index) {
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) page.js("return [...document.querySelectorAll('#console-table tbody tr')]"
                + ".map(tr => tr.cells[arguments[0]].textContent)", index);
        return cells;
    }

    @Test
    void libraryQueryIsDrawnOnTheGraphThenReadAsASortedTableAndDownloadedAsCsv() throws IOException {
        openConsole("/?panel=console");
        new Select(find("#console-library")).selectByValue(CHAIN);
        assertThat(find("#console-query").getDomProperty("value")).contains("shortestPath").contains("$policy");
        assertThat(find("#console-params").getDomProperty("value")).contains("\"policy\": \"policy:us-advanced-computing-controls-2023\"");
        assertThat(text("#console-library-about")).contains("$maxHops");
        assertThat(page.count("return document.querySelectorAll('#console-highlight .cy-keyword').length")).isGreaterThan(3);

        runAndWaitForRows();
        page.waitFor("return !document.querySelector('#console-drawn').hidden");
        assertThat(text("#console-drawn")).startsWith("On the graph, ringed:");
        assertThat(page.count("return explorer.cy.$('node.result').length")).isGreaterThan(2);
        assertThat(page.onGraph("policy:us-advanced-computing-controls-2023")).isTrue();
        assertThat(find("#console-table-box").isDisplayed()).isFalse();
        Browser.screenshot(page.browser, "console-graph");

        find("#console [data-mode=table]").click();
        assertThat(find("#console-table-box").isDisplayed()).isTrue();
        assertThat(page.count("return document.querySelectorAll('#console-table thead th').length")).isEqualTo(4);
        WebElement hops = find("#console-table thead th:nth-child(2) button");
        assertThat(hops.getText()).isEqualTo("hops");
        hops.click();
        List<Integer> ascending = column(1).stream().map(Integer::valueOf).toList();
        assertThat(ascending).isSorted();
        assertThat(find("#console-table thead th:nth-child(2)").getAttribute("aria-sort")).isEqualTo("ascending");
        hops.click();
        List<Integer> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        assertThat(column(1).stream().map(Integer::valueOf).toList()).containsExactlyElementsOf(descending);
        Browser.screenshot(page.browser, "console-table");

        find("#console [data-action=csv]").click();
        List<String> lines = Files.readAllLines(page.download(".csv"));
        assertThat(lines.get(0)).isEqualTo("region,hops,via,chain");
        assertThat(lines).hasSize(column(0).size() + 1);
        assertThat(lines.get(1)).as("the chain, a path, as its names").contains(" → ");

        WebElement policy = find("#console-table tbody tr:first-child td:nth-child(4) button[data-kind=node]");
        String id = policy.getAttribute("data-id");
        assertThat(id).isEqualTo("policy:us-advanced-computing-controls-2023");
        policy.click();
        page.waitFor("return explorer.store.selection && explorer.store.selection.id === arguments[0]", id);
    }

    @Test
    void refusedWriteShowsItsReasonAndChangesNothing() {
        openConsole("/?panel=console");
        type("CREATE (n:Lab {id: 'lab:intruder', name: 'Intruder'}) RETURN n");
        find("#console-query").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        page.waitFor("return !document.querySelector('#console-error').hidden");
        assertThat(find("#console-error").getAttribute("data-kind")).isEqualTo("refused");
        assertThat(text("#console-error")).startsWith("Not run: The console is read-only")
                .contains("CREATE, MERGE, SET, DELETE, REMOVE");
        assertThat(text("#console-summary")).isEmpty();
        Browser.screenshot(page.browser, "console-refused");

        type("MATCH (n:Lab {id: 'lab:intruder'}) RETURN count(n) AS intruders");
        runAndWaitForRows();
        find("#console [data-mode=table]").click();
        assertThat(column(0)).containsExactly("0");
    }

    @Test
    void syntaxErrorIsMarkedAtItsLineAndColumn() {
        openConsole("/?panel=console");
        type("MATCH (n:Lab)\nRETRUN n.name");
        find("#console [data-action=run]").click();
        page.waitFor("return !document.querySelector('#console-error').hidden");
        assertThat(find("#console-error").getAttribute("data-kind")).isEqualTo("syntax");
        assertThat(text("#console-error")).startsWith("Line 2, column 1: Invalid input 'RETRUN'");
        assertThat(text("#console-highlight mark.cy-error")).isEqualTo("RETRUN");
        assertThat(find("#console-query").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.count("return document.querySelector('#console-query').selectionStart")).isEqualTo(14);
        Browser.screenshot(page.browser, "console-syntax-error");

        find("#console-query").sendKeys(Keys.END, " ");
        assertThat(page.count("return document.querySelectorAll('#console-highlight mark').length")).isZero();
        assertThat(find("#console-error").isDisplayed()).isFalse();
    }

    @Test
    void showCypherOfAnExpansionFillsTheConsoleWithItsQueryAndParameters() throws IOException {
        page.open("/?n=lab:deepseek&x=10~DEVELOPS~lab:deepseek&sel=node:lab:deepseek&date=2026-01-01");
        WebElement show = page.wait.until(d -> d.findElement(By.cssSelector("#details button[data-show-cypher=neighbors]")));
        show.click();
        page.waitFor("return document.querySelector('#tab-console').getAttribute('aria-selected') === 'true'");
        page.waitFor("return document.querySelector('#console-query').value.includes('$id')");
        assertThat(find("#console-query").getDomProperty("value")).contains("MATCH (n:Entity {id: $id})");
        JsonNode params = new ObjectMapper().readTree(find("#console-params").getDomProperty("value"));
        assertThat(params.get("id").asText()).isEqualTo("lab:deepseek");
        assertThat(params.get("limit").asInt()).isEqualTo(10);
        assertThat(find("#console-query").getDomProperty("value")).as("the expansion's type, from the schema")
                .contains("-[r:DEVELOPS]-");
        assertThat(params.at("/asOf/$date").asText()).as("the time slider's date, as a Cypher DATE").isEqualTo("2026-01-01");
        assertThat(text("#console-summary")).contains("expanding DeepSeek");
        assertThat(page.waitForQuery("console=")).contains("panel=console");

        runAndWaitForRows();
        find("#console [data-mode=table]").click();
        assertThat(column(0)).isNotEmpty().allMatch(name -> name.startsWith("DeepSeek"));
    }

    @Test
    void pathSearchOpensItsCypherInTheConsole() throws IOException {
        String search = "from=policy:us-advanced-computing-controls-2023&to=region:alibaba-ap-southeast-5&pick=0";
        page.open("/?panel=paths&path=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        page.waitFor("return !document.querySelector('#path-actions').hidden");
        find("#path-actions [data-action=show-cypher]").click();
        find("#path-cypher [data-action=cypher-console]").click();
        page.waitFor("return document.querySelector('#console-query').value.includes('$from')");
        JsonNode params = new ObjectMapper().readTree(find("#console-params").getDomProperty("value"));
        assertThat(params.get("to").asText()).isEqualTo("region:alibaba-ap-southeast-5");
        runAndWaitForRows();
        assertThat(text("#console-drawn")).startsWith("On the graph, ringed:");
    }

    @Test
    void showCypherOfTheSearchFillsTheConsole() {
        page.open("/");
        find("#search").sendKeys("deeps");
        find("#search-cypher").click();
        page.waitFor("return document.querySelector('#console-query').value.includes('queryNodes')");
        assertThat(find("#console-params").getDomProperty("value")).contains("\"text\": \"deeps\"");
        runAndWaitForRows();
        find("#console [data-mode=table]").click();
        assertThat(column(2)).contains("DeepSeek");
    }

    @Test
    void permalinkFillsTheConsoleAndRunsOnlyOnAClick() {
        String query = "MATCH (l:Lab {id: $lab})\nRETURN l.name AS name";
        page.open("/?panel=console&console=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&cparams=" + URLEncoder.encode("{\"lab\":\"lab:deepseek\"}", StandardCharsets.UTF_8) + "&climit=7");
        assertThat(find("#console-query").getDomProperty("value")).isEqualTo(query);
        assertThat(find("#console-params").getDomProperty("value")).isEqualTo("{\"lab\":\"lab:deepseek\"}");
        assertThat(find("#console-limit").getDomProperty("value")).isEqualTo("7");
        assertThat(text("#console-summary")).startsWith("From the link");
        assertThat(find("#console-table-box").isDisplayed()).isFalse();
        assertThat(page.query()).contains("console=").contains("climit=7");

        runAndWaitForRows();
        assertThat(text("#console-summary")).startsWith("1 row in");
        assertThat(find("#console-table-box").isDisplayed()).as("nothing to draw: the table").isTrue();
        assertThat(column(0)).containsExactly("DeepSeek");
        assertThat(page.count("return document.querySelectorAll('#console-history .history-entry').length")).isPositive();
    }
}
