package org.lcmhub.hub.browser;

import java.time.Duration;
import org.lcmhub.hub.HubServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff sign-in as a person does it, through the code path that runs against Cognito on AWS: the
 * sign-in page, the local issuer's form (authorize), the callback (code + PKCE verifier → tokens),
 * and back on the page asked for.
 */
final class StaffSignIn {
    private StaffSignIn() {
    }

    static String page(String lang) {
        return lang.equals("fr") ? "/fr/connexion-equipe.html" : "/en/staff-sign-in.html";
    }

    /** Signs in afresh in this tab from the sign-in page of {@code lang}; ends on {@code returnTo} or that page. */
    static void signIn(Browser browser, HubServer hub, String email, String role, String lang, String returnTo) {
        signIn(browser, hub, email, null, role, lang, returnTo);
    }

    /** The same, giving the local form a name for the token's {@code name} claim (null: none). */
    static void signIn(Browser browser, HubServer hub, String email, String name, String role, String lang,
                       String returnTo) {
        WebDriverWait wait = new PageWait(browser.driver, Duration.ofSeconds(20));
        browser.driver.get(hub.url().resolve(page(lang)).toString());
        browser.driver.executeScript("sessionStorage.clear()");
        browser.driver.get(hub.url().resolve(page(lang) + (returnTo == null ? "" : "?return=" + returnTo)).toString());
        wait.until(d -> d.findElement(By.id("signin-go")).isDisplayed());
        browser.driver.findElement(By.id("signin-go")).click();
        fillForm(browser, email, name, role);
        String landing = returnTo == null ? page(lang) : returnTo;
        wait.until(d -> d.getCurrentUrl().equals(hub.url().resolve(landing).toString()));
        if (returnTo == null) {
            wait.until(d -> d.findElement(By.id("signin-state")).getText().contains(email));
        }
    }

    /** The local issuer's form: any address with a role. */
    static void fillForm(Browser browser, String email, String role) {
        fillForm(browser, email, null, role);
    }

    /** The same with the optional name (null: left empty). */
    static void fillForm(Browser browser, String email, String name, String role) {
        WebDriverWait wait = new PageWait(browser.driver, Duration.ofSeconds(20));
        WebElement field = wait.until(d -> d.findElement(By.id("signin-email")));
        field.clear();
        field.sendKeys(email);
        if (name != null) {
            browser.driver.findElement(By.id("signin-name")).sendKeys(name);
        }
        browser.driver.findElement(By.id("signin-role-" + role)).click();
        field.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
    }
}
