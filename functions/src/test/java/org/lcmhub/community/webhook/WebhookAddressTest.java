package org.lcmhub.community.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SSRF rule: https only, the provider's own hosts, never an address inside a private network. */
class WebhookAddressTest {
    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixed DNS: public providers, and names that lead inside. */
    private static final Map<String, List<InetAddress>> DNS = Map.of(
            "hooks.slack.com", List.of(ip("52.1.2.3")),
            "discord.com", List.of(ip("162.159.1.1")),
            "prod-12.westeurope.logic.azure.com", List.of(ip("20.1.2.3")),
            "hooks.example.org", List.of(ip("93.184.216.34")),
            "internal.example.org", List.of(ip("10.0.0.7")),
            "metadata.example.org", List.of(ip("169.254.169.254")),
            "mixed.example.org", List.of(ip("93.184.216.34"), ip("127.0.0.1")),
            "v6.example.org", List.of(ip("::ffff:192.168.1.1")),
            "ula.example.org", List.of(ip("fd00::1")),
            "cgnat.example.org", List.of(ip("100.64.0.1")));

    private final WebhookAddress strict = WebhookAddress.strict(host -> {
        List<InetAddress> found = DNS.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        return found;
    });

    @Test
    void eachProviderIsAcceptedOnItsOwnHosts() {
        assertThat(strict.problem(WebhookKind.SLACK, "https://hooks.slack.com/services/T0/B0/xyz")).isNull();
        assertThat(strict.problem(WebhookKind.DISCORD, "https://discord.com/api/webhooks/1/abc")).isNull();
        assertThat(strict.problem(WebhookKind.TEAMS,
                "https://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=x")).isNull();
        assertThat(strict.problem(WebhookKind.JSON, "https://hooks.example.org/lcm")).isNull();
    }

    @Test
    void anAddressOnAProvidersHostsNamesThatProvider() {
        assertThat(WebhookAddress.serviceOf("https://discord.com/api/webhooks/1/abc")).isEqualTo(WebhookKind.DISCORD);
        assertThat(WebhookAddress.serviceOf("https://hooks.slack.com/services/T0/B0/xyz")).isEqualTo(WebhookKind.SLACK);
        assertThat(WebhookAddress.serviceOf("https://prod-12.westeurope.logic.azure.com/workflows/1")).isEqualTo(WebhookKind.TEAMS);
        assertThat(WebhookAddress.serviceOf("https://hooks.example.org/services/T0")).isNull();
        assertThat(WebhookAddress.serviceOf("not an address")).isNull();
    }

    @Test
    void anotherHostPlainHttpOrCredentialsInTheAddressAreRefused() {
        assertThat(strict.problem(WebhookKind.SLACK, "https://hooks.example.org/services/T0/B0/xyz")).contains("hooks.slack.com");
        assertThat(strict.problem(WebhookKind.SLACK, "https://hooks.slack.com/other/T0")).isNotNull();
        assertThat(strict.problem(WebhookKind.DISCORD, "https://discord.com.example.org/api/webhooks/1/a")).isNotNull();
        assertThat(strict.problem(WebhookKind.TEAMS, "https://logic.azure.com.example.org/x")).isNotNull();
        assertThat(strict.problem(WebhookKind.SLACK, "http://hooks.slack.com/services/T0/B0/xyz")).contains("https://");
        assertThat(strict.problem(WebhookKind.JSON, "https://user:pw@hooks.example.org/lcm")).isNotNull();
        assertThat(strict.problem(WebhookKind.JSON, "not a url")).isNotNull();
        assertThat(strict.problem(WebhookKind.JSON, null)).isNotNull();
    }

    @Test
    void hostsThatLeadInsideAreRefusedWhateverTheirName() {
        for (String host : List.of("internal.example.org", "metadata.example.org", "mixed.example.org", "v6.example.org",
                "ula.example.org", "cgnat.example.org")) {
            assertThat(strict.problem(WebhookKind.JSON, "https://" + host + "/hook")).as(host).contains("private network");
        }
        for (String literal : List.of("127.0.0.1", "[::1]", "0.0.0.0", "localhost")) {
            assertThat(strict.problem(WebhookKind.JSON, "https://" + literal + "/hook")).as(literal).isNotNull();
        }
        assertThat(strict.problem(WebhookKind.JSON, "https://unknown.example.org/hook")).contains("No server");
    }

    @Test
    void loopbackIsAdmittedOnlyByThePolicyBuiltForTests() {
        assertThat(strict.problem(WebhookKind.SLACK, "http://127.0.0.1:8399/hook")).isNotNull();
        assertThat(WebhookAddress.strict().problem(WebhookKind.JSON, "https://127.0.0.1:8399/hook")).isNotNull();
        assertThat(WebhookAddress.forTestsOnLoopback().problem(WebhookKind.SLACK, "http://127.0.0.1:8399/hook")).isNull();
    }

    @Test
    void theLocalOutboxLooksNoNameUpButStillRefusesInternalLiterals() {
        WebhookAddress outbox = WebhookAddress.forOutbox();
        assertThat(outbox.problem(WebhookKind.SLACK, "https://hooks.slack.com/services/T0/B0/xyz")).isNull();
        assertThat(outbox.problem(WebhookKind.SLACK, "https://hooks.example.org/services/T0/B0/xyz")).isNotNull();
        for (String literal : List.of("10.0.0.1", "127.0.0.1", "[::1]", "169.254.169.254")) {
            assertThat(outbox.problem(WebhookKind.JSON, "https://" + literal + "/hook")).as(literal).contains("private network");
        }
        assertThat(outbox.problem(WebhookKind.JSON, "http://127.0.0.1:8399/hook")).isNotNull();
    }
}
