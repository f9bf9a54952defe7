package org.lcmhub.hub.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

/** template.yaml passes cfn-lint (with the SAM translator) with no error and no warning. */
class TemplateLintTest {
    @Test
    void cfnLintIsClean() throws Exception {
        Process lint = new ProcessBuilder("cfn-lint", "template.yaml")
                .directory(Checkout.root().toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("cfn-lint finished").isTrue();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).as("cfn-lint output").isEmpty();
        assertThat(lint.exitValue()).isZero();
    }
}
