package org.lcmhub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.appointments.Invites;
import org.lcmhub.appointments.OneToOne;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.pairing.RecurringSlot;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The SES v2 mail adapter through the real SDK against moto's SES v2, read back through moto's API. */
@ExtendWith(MotoExtension.class)
class SesMailerIT {

    private static SesV2Client ses(Moto moto, ExecutionInterceptor... interceptors) {
        return SesV2Client.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Keeps each request body as the SDK marshalled it for the wire. */
    private static ExecutionInterceptor bodies(List<String> wire) {
        return new ExecutionInterceptor() {
            @Override
            public void afterMarshalling(Context.AfterMarshalling context, ExecutionAttributes attributes) {
                context.requestBody().ifPresent(body -> {
                    try (var in = body.contentStreamProvider().newStream()) {
                        wire.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        };
    }

    /** The message moto received for {@code to}, from moto's own API; null when none. */
    private static JsonNode received(Moto moto, String to) throws Exception {
        JsonNode data = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(moto.endpoint().resolve("/moto-api/data.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode sent = null;
        for (JsonNode message : data.path("ses").path("Message")) {
            if (message.path("destinations").toString().contains(to)) {
                sent = message;
            }
        }
        return sent;
    }

    /**
     * An invite travels as an attachment of the simple message. moto accepts the request but keeps
     * only subject and body, so the attachment is read from the request as the SDK put it on the wire.
     */
    @Test
    void anInviteTravelsAsACalendarAttachment(Moto moto) throws Exception {
        String domain = "hub-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        String to = "ines." + UUID.randomUUID() + "@example.org";
        String ics = Invites.ics(new OneToOne("series-1", "Inès Moreau", "ines@example.org", "Awa Diallo",
                "awa@example.org", "Python", new RecurringSlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0),
                Duration.ofMinutes(30), ZoneId.of("Europe/Paris"), LocalDate.of(2027, 3, 1), 1, 6), 0),
                Language.EN, Instant.parse("2027-02-20T10:00:00Z"));
        List<String> wire = new ArrayList<>();
        ExecutionInterceptor capture = bodies(wire);
        try (SesV2Client ses = ses(moto, capture)) {
            ses.createEmailIdentity(r -> r.emailIdentity(domain));
            Mail mail = new Mail(to, "1:1s with Awa", "The invite is attached.", "one-to-one-invite")
                    .withAttachment(Mail.Attachment.text("one-to-one.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics));

            new SesMailer(ses, "no-reply@" + domain).send(mail);
        }

        assertThat(received(moto, to).get("subject").asText()).isEqualTo("1:1s with Awa");
        JsonNode request = new ObjectMapper().readTree(wire.get(wire.size() - 1));
        JsonNode attachment = request.at("/Content/Simple/Attachments/0");
        assertThat(attachment.get("FileName").asText()).isEqualTo("one-to-one.ics");
        assertThat(attachment.get("ContentType").asText()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(attachment.get("ContentDisposition").asText()).isEqualTo("ATTACHMENT");
        String sent = new String(Base64.getDecoder().decode(attachment.get("RawContent").asText()), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(sent));
        calendar.validate();
        assertThat(calendar.toString()).contains("RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=1;BYDAY=TU", "TZID:Europe/Paris",
                "UID:series-1@lcm-hub");
    }

    @Test
    void aMessageWithoutAttachmentsSendsNone(Moto moto) throws Exception {
        String domain = "hub-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        List<String> wire = new ArrayList<>();
        ExecutionInterceptor capture = bodies(wire);
        try (SesV2Client ses = ses(moto, capture)) {
            ses.createEmailIdentity(r -> r.emailIdentity(domain));
            new SesMailer(ses, "no-reply@" + domain).send(new Mail("lea@example.org", "Hello", "Text", "test"));
        }
        JsonNode simple = new ObjectMapper().readTree(wire.get(wire.size() - 1)).at("/Content/Simple");
        assertThat(simple.get("Subject").get("Data").asText()).isEqualTo("Hello");
        assertThat(simple.has("Attachments")).isFalse();
    }

    @Test
    void sendsFromAVerifiedIdentityAndTheMessageIsThere(Moto moto) throws Exception {
        String domain = "hub-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        String to = "awa." + UUID.randomUUID() + "@example.org";
        try (SesV2Client ses = ses(moto)) {
            ses.createEmailIdentity(r -> r.emailIdentity(domain));
            Mail mail = new Messages("https://hub.example.org").confirmation(to, "Awa", Language.FR, "Python · janvier",
                    Language.FR, "enrolled", null, "learner-1.secret", java.util.List.of(), null, null);

            new SesMailer(ses, "no-reply@" + domain).send(mail);
        }

        JsonNode sent = received(moto, to);
        assertThat(sent).as("the message moto received").isNotNull();
        assertThat(sent.get("source").asText()).isEqualTo("no-reply@" + domain);
        assertThat(sent.get("subject").asText()).isEqualTo("Votre inscription : Python · janvier");
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
