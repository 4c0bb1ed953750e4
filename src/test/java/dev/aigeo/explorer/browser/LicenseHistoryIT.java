package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.dataset.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The example on the default dataset: how the licenses of Chinese open-weight models changed from 2024 to
 * mid-2026 (LICENSED_UNDER with since/until), from a link that holds the comparison, and a path search through the
 * built-in "government → restriction → model → license" template.
 */
class LicenseHistoryIT {

    private static final String MODELS = "/?n=model:qwen&n=model:yi-34b&n=model:ernie-4-5&n=model:minimax-m2-7"
            + "&x=25~LICENSED_UNDER~model:qwen&x=25~LICENSED_UNDER~model:yi-34b&x=25~LICENSED_UNDER~model:ernie-4-5"
            + "&x=25~LICENSED_UNDER~model:minimax-m2-7&layout=concentric&panel=time";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of(Datasets.bundled(), "global-south-ai");

    private String change(String edge) {
        return (String) page.js("const e = explorer.cy.getElementById(arguments[0]);"
                + " return ['appeared', 'ended', 'stayed', 'absent'].find(c => e.hasClass('was-' + c)) || 'none'", edge);
    }

    @Test
    void theLicensePictureOfChineseModelsFrom2024ToMid2026() {
        page.open(MODELS + "&cmp=2024~2026-06");
        page.waitFor("return explorer.cy.$('.was-ended').length > 0");

        assertThat(change("model:yi-34b|LICENSED_UNDER|license:yi-license")).isEqualTo("ended");
        assertThat(change("model:yi-34b|LICENSED_UNDER|license:apache-2-0")).isEqualTo("stayed");
        assertThat(change("model:qwen|LICENSED_UNDER|license:tongyi-qianwen-license")).isEqualTo("stayed");
        assertThat(change("model:qwen|LICENSED_UNDER|license:qwen-license")).isEqualTo("appeared");
        assertThat(change("model:qwen|LICENSED_UNDER|license:proprietary")).isEqualTo("appeared");
        assertThat(change("model:ernie-4-5|LICENSED_UNDER|license:apache-2-0")).isEqualTo("appeared");
        assertThat(change("model:ernie-4-5|LICENSED_UNDER|license:proprietary")).as("2025-03 to 2025-06 only").isEqualTo("absent");
        assertThat(change("model:minimax-m2-7|LICENSED_UNDER|license:mit")).isEqualTo("ended");
        assertThat(change("model:minimax-m2-7|LICENSED_UNDER|license:minimax-m2-7-modified-mit")).isEqualTo("appeared");
        assertThat(page.browser.findElement(By.cssSelector("#compare-result [data-change='ended']")).getText())
                .contains("Yi-34B —LICENSED_UNDER→");
        Browser.screenshot(page.browser, "72-compare-licenses-2024-2026");
    }

    @Test
    void theGovernmentRestrictionModelLicenseTemplateFindsARestrictedModelsLicense() {
        page.open("/?panel=paths");
        page.js("explorer.store.setDate('2025-06')");
        for (String[] end : new String[][] {{"from", "Garante", "gov:it-garante"}, {"to", "MIT License", "license:mit"}}) {
            var input = page.browser.findElement(By.id("path-" + end[0]));
            input.sendKeys(end[1]);
            page.wait.until(d -> !d.findElements(By.cssSelector("#path-" + end[0] + "-results [data-id='" + end[2] + "']")).isEmpty());
            page.browser.findElement(By.cssSelector("#path-" + end[0] + "-results [data-id='" + end[2] + "']")).click();
        }
        new org.openqa.selenium.support.ui.Select(page.browser.findElement(By.id("path-template")))
                .selectByVisibleText("government → restriction → model → license");
        page.browser.findElement(By.id("path-find")).click();
        page.wait.until(d -> !d.findElements(By.cssSelector("#path-results .path-text")).isEmpty());

        assertThat(page.browser.findElement(By.cssSelector("#path-results .path-text")).getText())
                .contains("restricts DeepSeek-R1", "MIT License");
        assertThat(page.browser.findElement(By.id("path-status")).getText())
                .contains("through Government → Model → License over LICENSED_UNDER, RESTRICTS as of 2025-06");
        page.waitFor("return explorer.cy.getElementById('model:deepseek-r1').hasClass('path-on')");
        Browser.screenshot(page.browser, "63-paths-template-default-data");
    }
}
