package org.lcmhub.hub.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

/** The headers of CloudFront's response headers policies, as the local hub reads them from the template. */
class SecurityHeadersTest {
    @Test
    void theTemplatesPolicyCoversTheSiteAndTheApi() {
        SecurityHeaders headers = SecurityHeaders.read(Checkout.template());

        Map<String, String> site = headers.forPath("/en/index.html");
        assertThat(site).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin")
                .containsKey("Strict-Transport-Security");
        assertThat(site.get("Content-Security-Policy")).startsWith("default-src 'self'").contains("frame-ancestors 'none'")
                // Cognito's sign-in domain (a !Sub) is left out locally, each directive kept whole.
                .contains("; connect-src 'self'; worker-src 'self';").doesNotContain("${");
        assertThat(headers.forPath("/api/signups")).isEqualTo(site);
    }

    @Test
    void eachBehaviourGetsItsOwnPolicyAndCustomHeaders() {
        Map<String, Object> doc = Map.of("Resources", Map.of(
                "Strict", policy(Map.of("FrameOptions", Map.of("FrameOption", "DENY"),
                        "StrictTransportSecurity", Map.of("AccessControlMaxAgeSec", 600, "IncludeSubdomains", false, "Preload", true)),
                        List.of(Map.of("Header", "Permissions-Policy", "Value", "camera=()", "Override", true))),
                "Api", policy(Map.of("ContentTypeOptions", Map.of("Override", true)), List.of()),
                "Cdn", Map.of("Type", "AWS::CloudFront::Distribution", "Properties", Map.of("DistributionConfig", Map.of(
                        "DefaultCacheBehavior", Map.of("ResponseHeadersPolicyId", Map.of("Ref", "Strict")),
                        "CacheBehaviors", List.of(Map.of("PathPattern", "/api/*", "ResponseHeadersPolicyId", Map.of("Ref", "Api")),
                                Map.of("PathPattern", "/raw.txt")))))));

        SecurityHeaders headers = SecurityHeaders.parse(doc);

        assertThat(headers.forPath("/")).containsOnly(Map.entry("X-Frame-Options", "DENY"),
                Map.entry("Strict-Transport-Security", "max-age=600; preload"), Map.entry("Permissions-Policy", "camera=()"));
        assertThat(headers.forPath("/api/health")).containsOnly(Map.entry("X-Content-Type-Options", "nosniff"));
        assertThat(headers.forPath("/raw.txt")).isEmpty();
    }

    @Test
    void aPolicyIdThatIsNotAPolicyIsAnError() {
        Map<String, Object> doc = Map.of("Resources", Map.of(
                "Bucket", Map.of("Type", "AWS::S3::Bucket"),
                "Cdn", Map.of("Type", "AWS::CloudFront::Distribution", "Properties", Map.of("DistributionConfig", Map.of(
                        "DefaultCacheBehavior", Map.of("ResponseHeadersPolicyId", Map.of("Ref", "Bucket")))))));

        assertThatThrownBy(() -> SecurityHeaders.parse(doc)).hasMessageContaining("Bucket");
    }

    private static Map<String, Object> policy(Map<String, Object> security, List<Map<String, Object>> custom) {
        return Map.of("Type", "AWS::CloudFront::ResponseHeadersPolicy", "Properties", Map.of("ResponseHeadersPolicyConfig",
                Map.of("Name", "p", "SecurityHeadersConfig", security, "CustomHeadersConfig", Map.of("Items", custom))));
    }
}
