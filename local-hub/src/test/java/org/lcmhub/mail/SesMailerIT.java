package org.lcmhub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The SES v2 mail adapter through the real SDK against moto's SES v2, read back through moto's API. */
@ExtendWith(MotoExtension.class)
class SesMailerIT {

    private static SesV2Client ses(Moto moto) {
        return SesV2Client.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Test
    void sendsFromAVerifiedIdentityAndTheMessageIsThere(Moto moto) throws Exception {
        String domain = "hub-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        String to = "awa." + UUID.randomUUID() + "@example.org";
        try (SesV2Client ses = ses(moto)) {
            ses.createEmailIdentity(r -> r.emailIdentity(domain));
            Mail mail = new Messages("https://hub.example.org").confirmation(to, "Awa", "fr", "Python · janvier",
                    "enrolled", null, "learner-1.secret");

            new SesMailer(ses, "no-reply@" + domain).send(mail);
        }

        JsonNode data = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(moto.endpoint().resolve("/moto-api/data.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode sent = null;
        for (JsonNode message : data.path("ses").path("Message")) {
            if (message.path("destinations").toString().contains(to)) {
                sent = message;
            }
        }
        assertThat(sent).as("the message moto received").isNotNull();
        assertThat(sent.get("source").asText()).isEqualTo("no-reply@" + domain);
        assertThat(sent.get("subject").asText()).isEqualTo("Votre inscription : Python · janvier");
        assertThat(sent.get("body").asText()).contains("https://hub.example.org/fr/me.html#key=learner-1.secret");
    }

    @Test
    void anUnverifiedSenderIsRefused(Moto moto) {
        try (SesV2Client ses = ses(moto)) {
            Mail mail = new Mail("lea@example.org", "Hello", "Text", "test");
            assertThatThrownBy(() -> new SesMailer(ses, "nobody@unverified-" + UUID.randomUUID() + ".example.org").send(mail))
                    .hasMessageContaining("not verified");
        }
    }
}
