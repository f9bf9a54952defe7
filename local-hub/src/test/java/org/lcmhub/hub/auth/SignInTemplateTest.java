package org.lcmhub.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.template.CfnYaml;
import org.lcmhub.hub.testing.Checkout;

/**
 * The app client of template.yaml and the local issuer register the same return addresses, so the
 * pages that work locally work against Cognito; and the client is public and code-only.
 */
class SignInTemplateTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> client() {
        Map<String, Object> resources = (Map<String, Object>) CfnYaml.load(Checkout.root().resolve("template.yaml"))
                .get("Resources");
        return (Map<String, Object>) ((Map<String, Object>) resources.get("StaffSiteClient")).get("Properties");
    }

    /** The site paths of an {@code !If [HasSiteUrl, [!Sub "${PublicSiteUrl}/path", ...], NoValue]}. */
    @SuppressWarnings("unchecked")
    private static List<String> paths(Object property) {
        List<Object> branches = (List<Object>) ((Map<String, Object>) property).get("Fn::If");
        assertThat(branches.get(0)).isEqualTo("HasSiteUrl");
        List<String> paths = new ArrayList<>();
        for (Object url : (List<Object>) branches.get(1)) {
            String sub = (String) ((Map<String, Object>) url).get("Fn::Sub");
            assertThat(sub).startsWith("${PublicSiteUrl}/");
            paths.add(sub.substring("${PublicSiteUrl}".length()));
        }
        return paths;
    }

    @Test
    void theAppClientRegistersTheReturnAddressesTheLocalIssuerAccepts() {
        Map<String, Object> client = client();
        assertThat(paths(client.get("CallbackURLs"))).containsExactly(LocalSignIn.CALLBACK);
        assertThat(paths(client.get("LogoutURLs"))).containsExactlyElementsOf(LocalSignIn.SIGNED_OUT);
    }

    @Test
    void theAppClientIsPublicAndUsesTheCodeFlowOnly() {
        Map<String, Object> client = client();
        assertThat(client.get("GenerateSecret")).isEqualTo(false);
        assertThat(client.get("AllowedOAuthFlows").toString())
                .isEqualTo("{Fn::If=[HasSiteUrl, [code], {Ref=AWS::NoValue}]}");
        assertThat(client.get("ExplicitAuthFlows")).isEqualTo(List.of("ALLOW_REFRESH_TOKEN_AUTH"));
    }
}
