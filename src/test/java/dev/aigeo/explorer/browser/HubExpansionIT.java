package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Expanding a hub with more partners than the API counts under a date filter: the page says "at least" the
 * counting cap; without the filter it gives the exact total from the degree store.
 */
class HubExpansionIT {

    private static final int PARTNERS = 10_050;

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of(hubDataset(), "hub");

    /** One organisation with {@link #PARTNERS} partners, each relationship cited. */
    private static Path hubDataset() {
        try {
            Path root = Files.createTempDirectory("hub-dataset");
            Files.createDirectories(root.resolve("nodes"));
            Files.createDirectories(root.resolve("relationships"));
            Files.writeString(root.resolve("dataset.json"), "{\"name\": \"hub\", \"version\": \"1\"}");
            Files.writeString(root.resolve("nodes/sources.csv"),
                    "id:ID,:LABEL,name,url\nsrc:a,Source,Document A,https://example.org/a\n");
            Files.writeString(root.resolve("nodes/organizations.csv"), "id:ID,:LABEL,name\norg:hub,Organization,Hub\n"
                    + IntStream.rangeClosed(1, PARTNERS).mapToObj(i -> "org:" + i + ",Organization,Partner " + i + "\n")
                            .collect(Collectors.joining()));
            Files.writeString(root.resolve("relationships/partners.csv"), ":START_ID,:END_ID,:TYPE,sources:string[]\n"
                    + IntStream.rangeClosed(1, PARTNERS).mapToObj(i -> "org:hub,org:" + i + ",PARTNERS_WITH,src:a\n")
                            .collect(Collectors.joining()));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String status() {
        return page.browser.findElement(By.id("status")).getText();
    }

    @Test
    void aDateFilteredExpansionPastTheCountingCapSaysAtLeast() {
        page.open("/?n=org:hub&date=2024-01-01&sel=node:org:hub");
        page.js("explorer.store.requestExpand('org:hub')");
        page.waitFor("return explorer.cy.nodes().length > 1 && !document.querySelector('#status').hidden");

        assertThat(status()).contains("Hub: showing 25 of at least 10,000 connections.");
        assertThat(page.browser.findElement(By.id("details")).getText())
                .contains("Showing 25 of at least 10,000 connections.");
    }

    @Test
    void anUnfilteredExpansionGivesTheExactTotal() {
        page.open("/?n=org:hub");
        page.js("explorer.store.requestExpand('org:hub')");
        page.waitFor("return explorer.cy.nodes().length > 1 && !document.querySelector('#status').hidden");

        assertThat(status()).contains("Hub: showing 25 of 10,050 connections.");
    }
}
