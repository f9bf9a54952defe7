package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * My page opened in a browser that holds no key yet (the first visit, or another device): the line
 * that says how the page opens is information, drawn in the calm accent tint, not with the warm
 * border of something gone wrong; in light and dark, on a phone and a desktop. Screenshots in
 * target/screenshots/ (mypage-notice-*).
 */
class MyPageNoticeBrowserIT extends HubBrowserBase {
    private static final Map<String, String> OPENS = Map.of("en", "Your page opens from the personal link",
            "fr", "Votre espace s’ouvre depuis le lien personnel");

    /** A colour token of the page's scheme, as the computed style writes a colour ("rgb(r, g, b)"). */
    private String token(String name) {
        String hex = ((String) browser.driver.executeScript(
                "return getComputedStyle(document.documentElement).getPropertyValue(arguments[0]).trim()", name));
        assertThat(hex).as(name).matches("#[0-9a-fA-F]{6}");
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (rgb >> 16) + ", " + ((rgb >> 8) & 0xff) + ", " + (rgb & 0xff) + ")";
    }

    private String style(WebElement e, String property) {
        return (String) browser.driver.executeScript("return getComputedStyle(arguments[0])[arguments[1]]", e, property);
    }

    @Test
    void theFirstVisitNoticeIsInformationNotAnError() throws IOException {
        for (String lang : List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html").toString());
            new PageWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("me-message")).isDisplayed());
            WebElement notice = browser.driver.findElement(By.id("me-message"));
            assertThat(asRead(notice.getText())).startsWith(asRead(OPENS.get(lang)));
            assertThat(notice.findElements(By.tagName("a"))).as("no link in it").isEmpty();
            assertThat(notice.getAttribute("class").split(" ")).contains("notice-info");
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                String border = style(notice, "borderTopColor");
                assertThat(border).as(lang + " " + scheme + ": not a problem's border")
                        .isNotEqualTo(token("--warm")).isNotEqualTo(token("--error"))
                        .isEqualTo(token("--accent"));
                assertThat(style(notice, "backgroundColor")).as(lang + " " + scheme + ": the info tint")
                        .isNotEqualTo(token("--error-soft")).isEqualTo(token("--accent-soft"));
                assertThat(style(notice, "color")).isEqualTo(token("--text"));
            }
            browser.colorScheme("light");
            browser.assertAccessible(axe, SCREENSHOTS, "mypage-notice-" + lang);
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                browser.screenshot(375, SCREENSHOTS.resolve("mypage-notice-" + lang + "-" + scheme + "-375.png"));
                browser.screenshot(1280, SCREENSHOTS.resolve("mypage-notice-" + lang + "-" + scheme + "-1280.png"));
            }
            browser.colorScheme("light");
        }
    }
}
