package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A cohort's risk thresholds on the cohorts page, English and French: while the stored values are
 * on their way the fields cannot be typed in (so their arrival never replaces what the LCM typed),
 * and a refusal beside a field goes once that field changes, or when the values are filled afresh.
 */
class RiskThresholdsBrowserIT extends HubBrowserBase {
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("page", "/en/staff/cohorts.html", "panel", "Risk thresholds", "loading", "Loading…",
                    "refused", "Give 5% to 99%, at least the chance from which a learner is to watch.",
                    "notSaved", "Not saved: see the messages next to the fields."),
            "fr", Map.of("page", "/fr/staff/cohortes.html", "panel", "Seuils de risque", "loading", "Chargement…",
                    "refused", "Indiquez de 5 à 99\u202f%, au moins la probabilité à partir de laquelle surveiller.",
                    "notSaved", "Non enregistré : voyez les messages à côté des champs."));

    /** Holds back the page's reading of the thresholds until {@link #release} (a slow network, on demand). */
    private static final String HOLD = "window.heldBack = []; var send = window.fetch;"
            + "window.fetch = function (url, o) {"
            + "  if (/risk-policy$/.test(String(url)) && (!o || !o.method || o.method === 'GET')) {"
            + "    return new Promise(function (done) { window.heldBack.push(function () { send(url, o).then(done); }); });"
            + "  }"
            + "  return send(url, o);"
            + "};";

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }

    private void release() {
        waiting().until(d -> ((Number) browser.driver.executeScript("return window.heldBack.length")).intValue() > 0);
        browser.driver.executeScript("window.heldBack.splice(0).forEach(function (go) { go(); })");
    }

    private WebElement panel(String title, String summary) {
        WebElement card = waiting().until(d -> d.findElements(By.cssSelector("#cohorts-list .staff-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().equals(title)).findFirst().orElse(null));
        return card.findElements(By.cssSelector("details")).stream()
                .filter(x -> x.findElement(By.tagName("summary")).getText().equals(summary)).findFirst().orElseThrow();
    }

    /** How a field is drawn: its border and colours. */
    private static String look(WebElement input) {
        return input.getCssValue("border-top-style") + " " + input.getCssValue("background-color") + " " + input.getCssValue("color");
    }

    private static WebElement field(WebElement panel, String name) {
        return panel.findElement(By.cssSelector("input[name=" + name + "]"));
    }

    @Test
    void theFieldsWaitForTheStoredValuesAndARefusalGoesOnceTheFieldChanges() throws Exception {
        String lcm = "lcm.thresholds." + UUID.randomUUID() + "@example.org";
        String bearer = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + lcm + "\",\"role\":\"lcm\"}")).get("token").asText();
        String title = "Thresholds " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = client.json("POST", "/api/cohorts", bearer, "{\"pathId\":\"python-8-weeks\","
                + "\"startDate\":\"" + LocalDate.now().plusDays(20) + "\",\"weeks\":8,\"seats\":10,\"language\":\"en\","
                + "\"title\":\"" + title + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            Map<String, String> w = WORDS.get(lang);
            browser.driver.get(hub.url().resolve(w.get("page")).toString());
            browser.driver.executeScript(HOLD);
            WebElement panel = panel(title, w.get("panel"));
            panel.findElement(By.tagName("summary")).click();
            // On their way: nothing to type in yet, and the panel says why.
            waiting().until(d -> panel.getText().contains(w.get("loading")));
            assertThat(panel.findElements(By.cssSelector("input, button"))).allMatch(x -> !x.isEnabled());
            // ...and it shows: a disabled field does not look like one to type in.
            String waitingLook = look(field(panel, "watchScore"));
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                for (int width : new int[] {375, 1280}) {
                    browser.screenshot(width, SCREENSHOTS.resolve(lang + "-thresholds-loading-" + scheme + "-" + width + ".png"));
                }
            }
            browser.colorScheme("light");
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            release();
            waiting().until(d -> field(panel, "watchScore").isEnabled());
            assertThat(look(field(panel, "watchScore"))).isNotEqualTo(waitingLook);
            assertThat(field(panel, "watchScore").getCssValue("border-top-style")).isEqualTo("solid");
            assertThat(waitingLook).startsWith("dashed");
            assertThat(field(panel, "watchScore").getAttribute("value")).isEqualTo("15");
            assertThat(panel.getText()).doesNotContain(w.get("loading"));

            // Refused: at risk below the watch level. The refusal stays only while the field does.
            field(panel, "watchScore").clear();
            field(panel, "watchScore").sendKeys("90");
            field(panel, "atRiskScore").clear();
            field(panel, "atRiskScore").sendKeys("40");
            panel.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> panel.getText().contains(w.get("refused")));
            if (lang.equals("fr")) {
                browser.screenshot(1280, SCREENSHOTS.resolve("fr-thresholds-refused-1280.png"));
            }
            WebElement status = panel.findElement(By.cssSelector(".staff-status"));
            assertThat(status.getText().replace('\u00a0', ' ')).isEqualTo(w.get("notSaved"));
            field(panel, "atRiskScore").sendKeys("5");
            waiting().until(d -> !panel.getText().contains(w.get("refused")));
            assertThat(field(panel, "atRiskScore").getAttribute("aria-invalid")).isNull();
            // No field refused any more: the line pointing at them has gone as well.
            waiting().until(d -> !status.isDisplayed());

            // Refused again, then opened afresh: the stored values come back, and no refusal beside them.
            field(panel, "atRiskScore").clear();
            field(panel, "atRiskScore").sendKeys("40");
            panel.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> panel.getText().contains(w.get("refused")));
            panel.findElement(By.tagName("summary")).click();
            panel.findElement(By.tagName("summary")).click();
            // The toggle event comes after the click: held back, the values leave the fields disabled until released.
            waiting().until(d -> !field(panel, "atRiskScore").isEnabled());
            release();
            waiting().until(d -> field(panel, "atRiskScore").isEnabled());
            assertThat(field(panel, "watchScore").getAttribute("value")).isEqualTo("15");
            assertThat(field(panel, "atRiskScore").getAttribute("value")).isEqualTo("34");
            assertThat(panel.findElements(By.cssSelector(".field-error"))).isEmpty();
            assertThat(panel.findElement(By.cssSelector(".staff-status")).isDisplayed()).isFalse();
            browser.assertAccessible(axe, SCREENSHOTS, "thresholds-" + lang);
        }
    }
}
