package org.lcmhub.hub.browser;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait that looks again when the page it was reading changed under it: a list drawn again leaves
 * stale elements, and a form posted replaces the whole document, which Chromium reports not as a
 * stale element but as a node that "does not belong to the document", or, when the page changes
 * while an element is being looked up, as a command "aborted by navigation".
 */
final class PageWait extends WebDriverWait {
    PageWait(WebDriver driver, Duration timeout) {
        // WebDriverWait looks every 500 ms by default: most pages are ready in well under that,
        // so each wait that missed its first look cost up to half a second for nothing.
        super(driver, timeout, Duration.ofMillis(100));
        ignoring(StaleElementReferenceException.class);
    }

    @Override
    public <V> V until(Function<? super WebDriver, ? extends V> isTrue) {
        return super.<V>until(driver -> {
            try {
                return isTrue.apply(driver);
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    private static boolean replaced(WebDriverException e) {
        String message = e.getMessage();
        return message != null && (message.contains("does not belong to the document") || message.contains("aborted by navigation"));
    }
}
