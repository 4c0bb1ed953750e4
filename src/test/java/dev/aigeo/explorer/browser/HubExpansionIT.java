package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
    static final ExplorerPage page = ExplorerPage.of(HubDataset.write("hub", "org:hub", "Hub", PARTNERS), "hub");

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
