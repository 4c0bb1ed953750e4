package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Filters by confidence, label, relationship type and sources hide or fade the right elements, in place. */
class FiltersIT {

    private static final String ALIBABA = "/?n=cloud:alibaba&x=25~~cloud:alibaba&layout=concentric";
    private static final String PROMOTES = "policy:ai-plus|PROMOTES|cloud:alibaba";
    private static final String HOSTS = "cloud:alibaba|HOSTS|model:r1";
    private static final String OPERATES = "cloud:alibaba|OPERATES|region:jakarta";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture");

    @BeforeEach
    void openAlibabaAndItsNeighbours() {
        page.open(ALIBABA);
        page.waitFor("return explorer.cy.getElementById(arguments[0]).length === 1", HOSTS);
    }

    private boolean visible(String id) {
        return (Boolean) page.js("return explorer.cy.getElementById(arguments[0]).visible()", id);
    }

    private void openFilters() {
        page.browser.findElement(By.id("tab-filters")).click();
    }

    @Test
    void highConfidenceOnlyHidesMediumAndLowRelationshipsWithoutMovingAnyNode() {
        Map<String, Number> before = page.position("model:r1");
        openFilters();
        page.browser.findElement(By.cssSelector("#filters input[name=conf][value=high]")).click();

        page.waitFor("return !explorer.cy.getElementById(arguments[0]).visible()", HOSTS);
        assertThat(visible(PROMOTES)).isFalse();
        assertThat(visible(OPERATES)).isTrue();
        assertThat(visible("model:r1")).as("nodes stay; only their relationships go").isTrue();
        assertThat(page.position("model:r1")).isEqualTo(before);
        assertThat(page.browser.findElement(By.id("filters-summary")).getText()).contains("high confidence only");
        page.waitForQuery("conf=high");
        Browser.screenshot(page.browser, "10-filter-high-confidence");

        page.browser.findElement(By.id("filter-fade")).click();
        page.waitFor("return explorer.cy.getElementById(arguments[0]).visible()", HOSTS);
        assertThat(page.js("return explorer.cy.getElementById(arguments[0]).hasClass('off-fade')", HOSTS)).isEqualTo(true);
        assertThat(((Number) page.js("return explorer.cy.getElementById(arguments[0]).effectiveOpacity()", HOSTS)).doubleValue())
                .isLessThan(0.3);
        assertThat(page.position("model:r1")).isEqualTo(before);
        Browser.screenshot(page.browser, "11-filter-fade");
    }

    @Test
    void legendEntryHidesALabelAndItsRelationships() {
        var model = page.browser.findElement(By.cssSelector("#legend li[data-label='Model'] button"));
        assertThat(model.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(model.getText()).contains("1/1");
        model.click();

        page.waitFor("return !explorer.cy.getElementById('model:r1').visible()");
        assertThat(visible(HOSTS)).isFalse();
        assertThat(visible("cloud:alibaba")).isTrue();
        assertThat(model.getAttribute("aria-pressed")).isEqualTo("false");
        page.waitForQuery("hide=Model");

        model.click();
        page.waitFor("return explorer.cy.getElementById('model:r1').visible()");
    }

    @Test
    void relationshipTypeCheckboxHidesThatTypeOnly() {
        openFilters();
        var operates = page.browser.findElement(By.cssSelector("#filter-types input[data-type='OPERATES']"));
        assertThat(operates.isSelected()).isTrue();
        operates.click();

        page.waitFor("return !explorer.cy.getElementById(arguments[0]).visible()", OPERATES);
        assertThat(visible("region:jakarta")).isTrue();
        assertThat(visible(HOSTS)).isTrue();
        page.waitForQuery("htype=OPERATES");

        page.browser.findElement(By.id("filters-reset")).click();
        page.waitFor("return explorer.cy.getElementById(arguments[0]).visible()", OPERATES);
    }

    @Test
    void sourcedAndUnsourcedFiltersSeparateRelationshipsByTheirSources() {
        page.js("explorer.graph.addPayload({nodes: [], edges: [{data: {id: 'test|CLAIMS|x', source: 'cloud:alibaba',"
                + " target: 'country:cn', type: 'CLAIMS', confidence: 'high'}}]})");
        assertThat(page.js("return explorer.cy.getElementById('test|CLAIMS|x').hasClass('unsourced')")).isEqualTo(true);
        openFilters();

        page.browser.findElement(By.cssSelector("#filters input[name=src][value=sourced]")).click();
        page.waitFor("return !explorer.cy.getElementById('test|CLAIMS|x').visible()");
        assertThat(visible(OPERATES)).isTrue();

        page.browser.findElement(By.cssSelector("#filters input[name=src][value=unsourced]")).click();
        page.waitFor("return explorer.cy.getElementById('test|CLAIMS|x').visible()");
        assertThat(page.count("return explorer.cy.edges(':visible').length")).isEqualTo(1);
        page.waitForQuery("src=unsourced");
    }
}
