package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which redirect targets a form may name, and which requests want JSON. */
class FormFlowTest {
    @Test
    void localPathsAreSafe() {
        assertThat(FormFlow.isSafeLocalPath("/")).isTrue();
        assertThat(FormFlow.isSafeLocalPath("/en/thanks.html")).isTrue();
        assertThat(FormFlow.isSafeLocalPath("/fr/erreur.html?from=signup")).isTrue();
    }

    @Test
    void anythingABrowserCouldReadAsAnotherSiteIsNot() {
        assertThat(FormFlow.isSafeLocalPath(null)).isFalse();
        assertThat(FormFlow.isSafeLocalPath("")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("en/thanks.html")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("https://evil.example/")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("//evil.example/")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/\\evil.example/")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("javascript:alert(1)")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/en/thanks.html\r\nSet-Cookie: x=1")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/ /evil")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/" + "a".repeat(600))).isFalse();
    }

    @Test
    void scriptsAskForJson() {
        assertThat(FormFlow.acceptsJson("application/json")).isTrue();
        assertThat(FormFlow.acceptsJson("application/json, text/plain, */*")).isTrue();
        assertThat(FormFlow.acceptsJson("text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
        assertThat(FormFlow.acceptsJson(null)).isFalse();
    }
}
