package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.TempFolders;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer on a test dataset in headless Chromium, with helpers the browser tests share: open a page and wait
 * for the first view, run script, wait for a condition, click where Cytoscape draws an element, read downloads.
 * A test class registers one ({@code @RegisterExtension static final ExplorerPage page = ExplorerPage.of("fixture")});
 * it starts before the class's tests and stops after them.
 */
final class ExplorerPage implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private final Path folder;
    private final String name;
    private Map<String, String> env = Map.of();
    TestApp app;
    ChromeDriver browser;
    WebDriverWait wait;
    Path downloads;
    /** The browser's profile and downloads, removed on close (each run left 4 MB per test class in /tmp). */
    private Path scratch;

    private ExplorerPage(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    /** A page on {@code dataset}, a folder under the test resources' datasets/. */
    static ExplorerPage of(String dataset) {
        return new ExplorerPage(Fixtures.dataset(dataset), dataset);
    }

    /** The same for a dataset folder anywhere (the benchmark writes its own). */
    static ExplorerPage of(Path folder, String name) {
        return new ExplorerPage(folder, name);
    }

    /** The same with environment variables for the app (e.g. ADMIN_TOKEN). */
    ExplorerPage withEnv(Map<String, String> variables) {
        this.env = Map.copyOf(variables);
        return this;
    }

    /** Empties the test database, imports the dataset, starts the app and opens a browser. */
    ExplorerPage start() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), folder).imported()).isTrue();
        app = TestApp.start(TestNeo4j.graph(), name, TestNeo4j.mode().equals("embedded"), env);
        scratch = TempFolders.create("explorer-browser");
        try {
            downloads = Files.createDirectory(scratch.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser = Browser.start(scratch.resolve("profile"), downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Opens {@code path} (e.g. "/" or "/?n=…") and waits until the first view is drawn and laid out. */
    void open(String path) {
        browser.get(app.url(path));
        wait.until(ExpectedConditions.attributeToBe(By.id("graph"), "data-ready", "true"));
        settle();
    }

    /** Waits until no layout runs and the URL has caught up with the last change. */
    void settle() {
        wait.until(d -> !"running".equals(browser.findElement(By.id("graph")).getAttribute("data-layout-state")));
        pause(150);
    }

    Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    int count(String script, Object... args) {
        return ((Number) js(script, args)).intValue();
    }

    boolean onGraph(String id) {
        return (Boolean) js("return explorer.cy.getElementById(arguments[0]).length === 1", id);
    }

    void waitFor(String script, Object... args) {
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(script, args)));
    }

    /** The model position of a node as {x, y}. */
    @SuppressWarnings("unchecked")
    Map<String, Number> position(String id) {
        return (Map<String, Number>) js("const p = explorer.cy.getElementById(arguments[0]).position(); return {x: p.x, y: p.y};", id);
    }

    /** Clicks where Cytoscape draws an element, as a person would. {@code script} returns {x, y} in the graph. */
    void clickOnCanvas(String script, String id) {
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) js(script, id);
        WebElement graph = browser.findElement(By.id("graph"));
        int x = point.get("x").intValue() - graph.getSize().getWidth() / 2;
        int y = point.get("y").intValue() - graph.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(graph, x, y).click().perform();
    }

    void clickNode(String id) {
        js("explorer.cy.fit(explorer.cy.getElementById(arguments[0]), 250)", id);
        clickOnCanvas("const p = explorer.cy.getElementById(arguments[0]).renderedPosition(); return {x: p.x, y: p.y};", id);
    }

    String query() {
        return (String) js("return window.location.search");
    }

    /** Waits until the URL's query string holds {@code part} (the URL is written just after a change). */
    String waitForQuery(String part) {
        wait.until(d -> query().contains(part));
        return query();
    }

    /** Waits for one finished download whose name ends with {@code suffix} and returns it. */
    Path download(String suffix) {
        wait.until(d -> downloaded(suffix).size() == 1);
        return downloaded(suffix).get(0);
    }

    private List<Path> downloaded(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Quits the browser, stops the app and removes the browser's profile and downloads. */
    @Override
    public void close() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (scratch != null) {
            TempFolders.delete(scratch);
        }
    }
}
