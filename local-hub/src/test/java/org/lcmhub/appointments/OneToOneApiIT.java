package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.MatchedPair;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Regular 1:1s through the local hub (JWT authorizer, learner keys, handler, real SDK on moto): a
 * match published through the matching API, then the series set, changed, downloaded by both sides
 * and cancelled, session notes and who may read them, and the invites in the outbox parsed back.
 */
class OneToOneApiIT extends LocalHubTest {
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    /** A published match: a French cohort, its LCM, a mentor in Paris and one learner in Dakar with their key. */
    @Test
    void aMeetingLinkThatCouldForgeAnInviteLineIsRefusedAndNothingIsWritten() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        for (String forged : List.of("https://meet.example.org/x\\r\\nATTENDEE:mailto:eve@example.org",
                "https://meet.example.org/x\\u2028DESCRIPTION:forged", "javascript:alert(1)", "http://meet.example.org/x",
                "Room 4")) {
            HttpResponse<String> refused = client.json("PUT", p.mentee() + "/one-to-one", mentor,
                    slot("tue", "18:00", 4).replace("https://meet.example.org/ines", forged));
            assertThat(refused.statusCode()).as(forged).isEqualTo(400);
            assertThat(HubClient.parse(refused).at("/error/fields/location").asText()).contains("https://");
        }
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())))
                .extracting(i -> i.get("SK").s()).doesNotContain("ONE_TO_ONE");

        // Without a link of their own, the pair gets a room of the hub's that stays for the series.
        String noLink = slot("tue", "18:00", 4).replace(",\"location\":\"https://meet.example.org/ines\"", "");
        JsonNode set = HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor, noLink)).get("oneToOne");
        String room = set.get("videoUrl").asText();
        assertThat(room).startsWith("https://");
        assertThat(set.get("location").isNull()).isTrue();
        JsonNode again = HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor,
                noLink.replace("18:00", "19:00"))).get("oneToOne");
        assertThat(again.get("videoUrl").asText()).isEqualTo(room);
        assertThat(client.json("GET", "/api/me/one-to-one.ics", "Bearer " + p.key(), null).body()).contains("LOCATION:" + room);
    }

    @Test
    void theMentorMovesOneMeetingAndCancelsAnotherAndBothSidesSeeTheSeriesAsItWillBe() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        String learner = "Bearer " + p.key();
        JsonNode set = weekly(p, mentor);
        List<String> planned = set.findValuesAsText("planned");
        assertThat(planned).hasSize(4);
        String movedTo = LocalDate.parse(planned.get(1)).plusDays(2).toString();

        HttpResponse<String> moved = client.json("PUT", p.mentee() + "/one-to-one/meetings/" + planned.get(1), mentor,
                "{\"date\":\"" + movedTo + "\",\"time\":\"19:30\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        HttpResponse<String> cancelled = client.json("DELETE", p.mentee() + "/one-to-one/meetings/" + planned.get(2), mentor,
                null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode series = HubClient.parse(cancelled).get("oneToOne");
        assertThat(series.get("uid").asText()).isEqualTo(set.get("uid").asText());
        assertThat(series.get("sequence").asInt()).isEqualTo(set.get("sequence").asInt() + 2);

        JsonNode meetings = HubClient.parse(client.json("GET", "/api/me", learner, null)).at("/oneToOne/meetings");
        assertThat(meetings).extracting(m -> m.get("status").asText())
                .containsExactly("planned", "moved", "cancelled", "planned");
        assertThat(meetings.get(1).get("start").asText()).startsWith(movedTo + "T19:30");
        String ics = client.json("GET", "/api/me/one-to-one.ics", learner, null).body();
        ics(ics).validate();
        assertThat(ics.split("RECURRENCE-ID", -1)).hasSize(3);
        assertThat(ics).contains("STATUS:CANCELLED", "SEQUENCE:" + series.get("sequence").asInt());
        JsonNode mails = HubClient.parse(client.json("GET",
                "/dev/outbox?to=" + URLEncoder.encode(p.learnerEmail(), StandardCharsets.UTF_8), null, null)).get("messages");
        List<String> subjects = new java.util.ArrayList<>();
        mails.forEach(m -> subjects.add(m.get("subject").asText()));
        assertThat(subjects).anyMatch(t -> t.startsWith("Rendez-vous déplacé")).anyMatch(t -> t.startsWith("Rendez-vous annulé avec"));

        // Not a meeting of the series, a bad time, someone else's mentee: refused, nothing changes.
        assertThat(client.json("DELETE", p.mentee() + "/one-to-one/meetings/" + movedTo, mentor, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> badTime = client.json("PUT", p.mentee() + "/one-to-one/meetings/" + planned.get(3), mentor,
                "{\"date\":\"" + movedTo + "\",\"time\":\"25:00\"}");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(badTime).at("/error/fields/time").asText()).isNotBlank();
        // After the learner's last day (here the cohort's): refused on the date, with the day for the page to word.
        HttpResponse<String> pastEnd = client.json("PUT", p.mentee() + "/one-to-one/meetings/" + planned.get(3), mentor,
                "{\"date\":\"" + p.cohort().endDate().plusDays(1) + "\",\"time\":\"10:00\"}");
        assertThat(pastEnd.statusCode()).as(pastEnd.body()).isEqualTo(400);
        JsonNode error = HubClient.parse(pastEnd).get("error");
        assertThat(error.get("code").asText()).isEqualTo("past_last_day");
        assertThat(error.at("/fields/date").asText()).isNotBlank();
        assertThat(error.at("/params/lastDay").asText()).isEqualTo(p.cohort().endDate().toString());
        assertThat(error.at("/params/setBy").asText()).isEqualTo("cohort");
        String other = token("someone-else@example.org", "mentor");
        assertThat(client.json("DELETE", p.mentee() + "/one-to-one/meetings/" + planned.get(3), other, null).statusCode())
                .isEqualTo(404);
        assertThat(HubClient.parse(client.json("GET", "/api/me", learner, null)).at("/oneToOne/meetings/3/status")
                .asText()).isEqualTo("planned");
    }

    /**
     * The walk's cases through the hub: a "move" to the meeting's own date and time is a 400 on
     * {@code time} with its reason; a move onto (or over) another meeting, and the learner's
     * proposal of another meeting's time, a 409 {@code meeting_overlap} naming it on each clock.
     * Nothing is written and no one is mailed.
     */
    @Test
    void aMoveToItsOwnTimeOrOverAnotherMeetingIsRefusedWithItsCode() throws Exception {
        Weekly w = weeklyPair();
        JsonNode meetings = w.set().get("meetings");
        String first = meetings.at("/0/planned").asText();
        String own = meetings.at("/0/mentorLocal").asText();
        String next = meetings.at("/1/mentorLocal").asText();
        int mailsBefore = subjects(w.p().learnerEmail()).size();

        HttpResponse<String> same = client.json("PUT", w.p().mentee() + "/one-to-one/meetings/" + first, w.mentor(),
                "{\"date\":\"" + own.substring(0, 10) + "\",\"time\":\"" + own.substring(11, 16) + "\"}");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(400);
        assertThat(HubClient.parse(same).at("/error/fields/time").asText()).isNotBlank();
        assertThat(HubClient.parse(same).at("/error/params/time").asText()).isEqualTo("same-time");

        HttpResponse<String> over = client.json("PUT", w.p().mentee() + "/one-to-one/meetings/" + first, w.mentor(),
                "{\"date\":\"" + next.substring(0, 10) + "\",\"time\":\"18:15\"}");
        assertThat(over.statusCode()).as(over.body()).isEqualTo(409);
        JsonNode error = HubClient.parse(over).get("error");
        assertThat(error.get("code").asText()).isEqualTo("meeting_overlap");
        assertThat(error.at("/params/planned").asText()).isEqualTo(meetings.at("/1/planned").asText());
        assertThat(error.at("/params/mentorLocal").asText()).isEqualTo(next);
        assertThat(error.at("/params/learnerLocal").asText()).isEqualTo(meetings.at("/1/learnerLocal").asText());

        String third = meetings.at("/2/learnerLocal").asText();
        HttpResponse<String> proposed = client.json("POST", "/api/me/one-to-one/meetings/" + meetings.at("/3/planned")
                .asText() + "/proposal", w.learner(), "{\"date\":\"" + third.substring(0, 10) + "\",\"time\":\""
                + third.substring(11, 16) + "\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(409);
        assertThat(HubClient.parse(proposed).at("/error/code").asText()).isEqualTo("meeting_overlap");
        assertThat(HubClient.parse(proposed).at("/error/params/learnerLocal").asText()).isEqualTo(third);

        JsonNode after = HubClient.parse(client.json("GET", w.p().mentee() + "/one-to-one", w.mentor(), null)).get("oneToOne");
        assertThat(after.get("sequence").asInt()).as("nothing written").isEqualTo(w.set().get("sequence").asInt());
        assertThat(after.findValuesAsText("status")).doesNotContain("moved");
        assertThat(after.findValues("proposal")).allMatch(JsonNode::isNull);
        assertThat(subjects(w.p().learnerEmail())).as("no one mailed").hasSize(mailsBefore);
    }

    /**
     * A series under way (its first two meetings held) and one meeting to come moved: the form sends
     * it back as it shows it (the meetings to come, {@code left}, from the next one, {@code from})
     * and nothing changes, nobody is mailed; so does its own past first date. A new time re-plans
     * only the meeting still to come that was not moved; the held ones stay, said as held, not moved.
     */
    @Test
    void savingTheSeriesAsItIsChangesNothingAndANewTimeReplansOnlyWhatIsToCome() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        // Two days ahead: the meeting still to come cannot be today, held or not by the hour.
        String day = LocalDate.now(PARIS).plusDays(2).getDayOfWeek().name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        LocalDate started = LocalDate.parse(HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor,
                slot(day, "18:00", 4))).at("/oneToOne/firstDate").asText()).minusWeeks(2);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.oneToOne(p.learnerId()))
                .updateExpression("SET firstDate = :d").expressionAttributeValues(Map.of(":d",
                        AttributeValue.fromS(started.toString()))));
        String movedTo = started.plusWeeks(3).plusDays(2).toString();
        JsonNode moved = HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one/meetings/"
                + started.plusWeeks(3), mentor, "{\"date\":\"" + movedTo + "\",\"time\":\"19:30\"}")).get("oneToOne");
        int mails = subjects(p.learnerEmail()).size();
        assertThat(moved.get("from").asText()).isEqualTo(started.plusWeeks(2).toString());
        assertThat(moved.get("left").asInt()).as("two to come, the moved one with them").isEqualTo(2);
        String asItIs = slot(day, "18:00", 2).replace("\"weeks\"", "\"firstDate\":\"" + moved.get("from").asText()
                + "\",\"weeks\"");
        String ownStart = slot(day, "18:00", 2).replace("\"weeks\"", "\"firstDate\":\"" + started + "\",\"weeks\"");
        assertThat(HubClient.parse(client.json("POST", p.mentee() + "/one-to-one/preview", mentor, ownStart))
                .at("/preview/unchanged").asBoolean()).isTrue();

        HttpResponse<String> same = client.json("PUT", p.mentee() + "/one-to-one", mentor, asItIs);

        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        JsonNode unchanged = HubClient.parse(same).get("oneToOne");
        assertThat(unchanged.get("sequence").asInt()).isEqualTo(moved.get("sequence").asInt());
        assertThat(unchanged.get("firstDate").asText()).isEqualTo(started.toString());
        assertThat(unchanged.get("meetings")).isEqualTo(moved.get("meetings"));
        assertThat(subjects(p.learnerEmail())).as("nothing to tell").hasSize(mails);

        String later = asItIs.replace("18:00", "20:00");
        JsonNode preview = HubClient.parse(client.json("POST", p.mentee() + "/one-to-one/preview", mentor, later))
                .get("preview");
        assertThat(preview.get("keptChanges").asInt()).as("the page says the moved meeting stays").isEqualTo(1);
        JsonNode replanned = HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor, later)).get("oneToOne");
        assertThat(replanned.get("meetings")).extracting(m -> m.get("mentorLocal").asText()).containsExactly(
                started + "T18:00", started.plusWeeks(1) + "T18:00", started.plusWeeks(2) + "T20:00", movedTo + "T19:30");
        assertThat(replanned.get("meetings")).extracting(m -> m.get("status").asText())
                .containsExactly("planned", "planned", "planned", "moved");
        // Read back from the table: the held ones are stored as held, not as moves.
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + p.key(), null)).at("/oneToOne/meetings"))
                .extracting(m -> m.get("status").asText()).containsExactly("planned", "planned", "planned", "moved");
        // Each meeting's own time (a moved one also says when it was planned, under "was").
        assertThat(preview.get("meetings")).extracting(m -> m.get("mentorLocal").asText())
                .isEqualTo(java.util.stream.StreamSupport.stream(replanned.get("meetings").spliterator(), false)
                        .map(m -> m.get("mentorLocal").asText()).toList());
    }

    /**
     * The walk's case: a series under way (two meetings held), the learner's proposal to move the
     * next one accepted, then the mentor asks for another weekday from a later date, two meetings.
     * The series has those two; the moved meeting stays, under its own planned date, its accepted
     * proposal with it, listed by time; the held ones keep their own dates in the table, none a date
     * to come; the mail and the invite name the moved meeting as the next one.
     */
    @Test
    void aLaterFirstDateGivesTheMeetingsAskedAndKeepsTheMovedOneUnderItsOwnDate() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        LocalDate today = LocalDate.now(PARIS);
        String day = today.plusDays(2).getDayOfWeek().name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        LocalDate started = LocalDate.parse(HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor,
                slot(day, "18:00", 4))).at("/oneToOne/firstDate").asText()).minusWeeks(2);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.oneToOne(p.learnerId()))
                .updateExpression("SET firstDate = :d").expressionAttributeValues(Map.of(":d",
                        AttributeValue.fromS(started.toString()))));
        LocalDate next = started.plusWeeks(2);
        HttpResponse<String> proposed = client.json("POST", "/api/me/one-to-one/meetings/" + next + "/proposal",
                "Bearer " + p.key(), "{\"date\":\"" + next.plusDays(1) + "\",\"time\":\"10:00\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        HttpResponse<String> accepted = client.json("POST", p.mentee() + "/one-to-one/meetings/" + next
                + "/proposal/answer", mentor, "{\"answer\":\"accepted\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String movedAt = HubClient.parse(accepted).at("/oneToOne/meetings").findValues("mentorLocal").stream()
                .map(JsonNode::asText).filter(t -> t.startsWith(next.plusDays(1).toString()) || t.startsWith(next.toString()))
                .findFirst().orElseThrow();
        LocalDate from = next.plusWeeks(2);
        String otherDay = from.plusDays(1).getDayOfWeek().name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        String later = slot(otherDay, "11:00", 2).replace("\"weeks\"", "\"firstDate\":\"" + from + "\",\"weeks\"");
        assertThat(HubClient.parse(client.json("POST", p.mentee() + "/one-to-one/preview", mentor, later))
                .at("/preview/keptApart").asInt()).as("the page says the moved meeting stays, besides").isEqualTo(1);

        JsonNode changed = HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor, later)).get("oneToOne");

        assertThat(changed.get("meetings")).extracting(m -> m.get("mentorLocal").asText()).containsExactly(
                started + "T18:00", started.plusWeeks(1) + "T18:00", movedAt, from.plusDays(1) + "T11:00",
                from.plusDays(8) + "T11:00");
        assertThat(changed.get("meetings")).extracting(m -> m.get("planned").asText() + " " + m.get("status").asText()
                        + " " + m.get("apart").asBoolean())
                .containsExactly(started + " planned true", started.plusWeeks(1) + " planned true", next + " moved true",
                        from.plusDays(1) + " planned false", from.plusDays(8) + " planned false");
        assertThat(changed.at("/meetings/2/proposal/status").asText()).as("the answered proposal stays with its meeting")
                .isEqualTo("accepted");
        assertThat(changed.get("from").asText()).isEqualTo(from.plusDays(1).toString());
        assertThat(changed.get("left").asInt()).isEqualTo(2);
        assertThat(item(Keys.oneToOne(p.learnerId())).get("occurrences").l()).as("no held meeting keyed under a date to come")
                .allSatisfy(o -> assertThat(LocalDate.parse(o.m().get("original").s())).isBefore(today.plusDays(3)));
        VEvent invite = event(invitesTo(p.learnerEmail(), "one-to-one-invite").get(0));
        assertThat(invite.getProperty("RDATE").orElseThrow().getValue()).contains(movedAt.replace("-", "").replace(":", ""));
        assertThat(outbox(p.learnerEmail(), "text").get(0)).containsPattern("(changed your regular 1:1s|a modifié)")
                .containsPattern("(First meeting|Premier rendez-vous).* " + next.plusDays(1).getDayOfMonth() + " ");
    }

    @Test
    void theLearnerProposesAnotherTimeAndTheMentorAcceptsOneAndDeclinesAnother() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        String learner = "Bearer " + p.key();
        JsonNode set = weekly(p, mentor);
        List<String> planned = set.findValuesAsText("planned");
        String wednesday = LocalDate.parse(planned.get(1)).plusDays(1).toString();
        String propose = "/api/me/one-to-one/meetings/";

        // 17:30 in Dakar (UTC all year) is 18:30 in Paris (UTC+1 in winter, +2 in summer: 19:30).
        HttpResponse<String> made = client.json("POST", propose + planned.get(1) + "/proposal", learner,
                "{\"date\":\"" + wednesday + "\",\"time\":\"17:30\",\"message\":\"Exam that day\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(HubClient.parse(made).at("/proposal/start").asText()).isEqualTo(wednesday + "T17:30Z");
        HttpResponse<String> second = client.json("POST", propose + planned.get(1) + "/proposal", learner,
                "{\"date\":\"" + wednesday + "\",\"time\":\"16:00\"}");
        assertThat(second.statusCode()).as("one open proposal per meeting").isEqualTo(409);
        assertThat(subjects(p.mentorEmail())).contains("Autre horaire proposé par Awa Diallo");
        JsonNode seen = HubClient.parse(client.json("GET", p.mentee() + "/one-to-one", mentor, null)).at("/oneToOne/meetings/1");
        assertThat(seen.at("/proposal/status").asText()).isEqualTo("open");
        assertThat(seen.at("/proposal/message").asText()).isEqualTo("Exam that day");
        // The mentee list says so itself, as a code with its parameters: no need to open the series.
        JsonNode waiting = menteeOf(mentor, p.learnerId()).get("waiting");
        assertThat(waiting).hasSize(1);
        assertThat(waiting.at("/0/code").asText()).isEqualTo("proposalOpen");
        assertThat(waiting.at("/0/params/planned").asText()).isEqualTo(planned.get(1));
        assertThat(java.time.OffsetDateTime.parse(waiting.at("/0/params/start").asText()).toInstant())
                .isEqualTo(Instant.parse(wednesday + "T17:30:00Z"));
        assertThat(waiting.at("/0/params/meetingStart").asText()).isEqualTo(seen.get("start").asText());
        // Each time also on each clock as the server reads it, for the pages to show as it is.
        String inParis = java.time.ZonedDateTime.parse(wednesday + "T17:30Z").withZoneSameInstant(PARIS)
                .toLocalDateTime().toString();
        assertThat(seen.at("/proposal/learnerLocal").asText()).isEqualTo(wednesday + "T17:30");
        assertThat(seen.at("/proposal/mentorLocal").asText()).isEqualTo(inParis);
        assertThat(waiting.at("/0/params/startLocal").asText()).isEqualTo(inParis);
        assertThat(waiting.at("/0/params/meetingLocal").asText()).isEqualTo(seen.get("mentorLocal").asText())
                .isEqualTo(planned.get(1) + "T18:00");
        assertThat(HubClient.parse(made).at("/proposal/mentorLocal").asText()).isEqualTo(inParis);

        String answer = p.mentee() + "/one-to-one/meetings/" + planned.get(1) + "/proposal/answer";
        assertThat(client.json("POST", answer, token("someone-else@example.org", "mentor"),
                "{\"answer\":\"accepted\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> maybe = client.json("POST", answer, mentor, "{\"answer\":\"maybe\"}");
        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(maybe).at("/error/fields/answer").asText()).isNotBlank();
        HttpResponse<String> accepted = client.json("POST", answer, mentor, "{\"answer\":\"accepted\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode series = HubClient.parse(accepted).get("oneToOne");
        assertThat(series.get("uid").asText()).isEqualTo(set.get("uid").asText());
        assertThat(series.get("sequence").asInt()).isEqualTo(set.get("sequence").asInt() + 1);
        JsonNode moved = series.at("/meetings/1");
        assertThat(moved.get("status").asText()).isEqualTo("moved");
        assertThat(java.time.OffsetDateTime.parse(moved.get("start").asText()).toInstant())
                .isEqualTo(Instant.parse(wednesday + "T17:30:00Z"));
        assertThat(moved.at("/proposal/status").asText()).isEqualTo("accepted");
        assertThat(client.json("GET", "/api/me/one-to-one.ics", learner, null).body()).contains("RECURRENCE-ID");
        assertThat(subjects(p.learnerEmail())).contains("Rendez-vous déplacé avec Inès Moreau");
        assertThat(client.json("POST", answer, mentor, "{\"answer\":\"declined\"}").statusCode())
                .as("answered once").isEqualTo(404);
        assertThat(menteeOf(mentor, p.learnerId()).get("waiting")).as("answered: nothing waits").isEmpty();

        String thursday = LocalDate.parse(planned.get(2)).plusDays(2).toString();
        assertThat(client.json("POST", propose + planned.get(2) + "/proposal", learner,
                "{\"date\":\"" + thursday + "\",\"time\":\"09:00\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> declined = client.json("POST", p.mentee() + "/one-to-one/meetings/" + planned.get(2)
                + "/proposal/answer", mentor, "{\"answer\":\"declined\",\"message\":\"I work mornings\"}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(menteeOf(mentor, p.learnerId()).get("waiting")).as("declined: nothing waits").isEmpty();
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me", learner, null)).at("/oneToOne/meetings/2");
        assertThat(mine.get("status").asText()).isEqualTo("planned");
        assertThat(mine.at("/proposal/status").asText()).isEqualTo("declined");
        assertThat(mine.at("/proposal/reply").asText()).isEqualTo("I work mornings");
        assertThat(subjects(p.learnerEmail())).contains("Autre horaire décliné par Inès Moreau");

        // Bad input, a wrong key: refused, nothing written.
        HttpResponse<String> bad = client.json("POST", propose + planned.get(3) + "/proposal", learner,
                "{\"date\":\"" + thursday + "\",\"time\":\"25:00\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields/time").asText()).isNotBlank();
        assertThat(client.json("POST", propose + planned.get(3) + "/proposal", "Bearer wrong-key",
                "{\"date\":\"" + thursday + "\",\"time\":\"10:00\"}").statusCode()).isEqualTo(401);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())))
                .extracting(i -> i.get("SK").s()).filteredOn(sk -> sk.startsWith("PROPOSAL#"))
                .containsExactly("PROPOSAL#" + planned.get(1), "PROPOSAL#" + planned.get(2));
    }

    /**
     * Awa proposed another time for her second Tuesday; Inès then moves the series to 20:00: the
     * preview says the proposal will be withdrawn, the save withdraws it, Awa's page reads it so and
     * her mail tells her why; nothing waits for Inès's answer any more.
     */
    @Test
    void aChangeThatMovesAMeetingWithdrawsTheProposalForIt() throws Exception {
        Weekly w = weeklyPair();
        MatchedPair p = w.p();
        String second = proposedForSecond(w);
        String mentor = w.mentor();
        String later = slot("tue", "20:00", 4).replace("\"weeks\"",
                "\"firstDate\":\"" + w.set().get("firstDate").asText() + "\",\"weeks\"");

        JsonNode preview = HubClient.parse(client.json("POST", p.mentee() + "/one-to-one/preview", mentor, later))
                .get("preview");
        assertThat(preview.get("withdrawnProposals").asInt()).isEqualTo(1);
        HttpResponse<String> changed = client.json("PUT", p.mentee() + "/one-to-one", mentor, later);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me", w.learner(), null)).at("/oneToOne/meetings/1");
        assertThat(mine.at("/proposal/status").asText()).isEqualTo("withdrawn");
        assertThat(menteeOf(mentor, p.learnerId()).get("waiting")).as("nothing waits").isEmpty();
        assertThat(outbox(p.learnerEmail(), "text").get(0)).contains("Votre proposition de déplacer le rendez-vous du", "est retirée");
    }

    /**
     * Awa's proposal for her second Tuesday went unanswered until the time it proposes had passed
     * (written so in the table), the meeting still ahead: both pages read it passed, nothing waits
     * for Inès, accepting it is refused with its own code, and Awa may propose another time.
     */
    @Test
    void aProposalWhoseTimeHasPassedIsReadPassedAndCannotBeAccepted() throws Exception {
        Weekly w = weeklyPair();
        MatchedPair p = w.p();
        String second = proposedForSecond(w);
        Instant gone = Instant.now().minusSeconds(3600);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.proposal(p.learnerId(), LocalDate.parse(second)))
                .updateExpression("SET #start = :s, startsAt = :at").expressionAttributeNames(Map.of("#start", "start"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(gone.atZone(java.time.ZoneOffset.UTC).toString()),
                        ":at", AttributeValue.fromS(gone.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()))));

        JsonNode seen = HubClient.parse(client.json("GET", p.mentee() + "/one-to-one", w.mentor(), null)).at("/oneToOne/meetings/1");
        assertThat(seen.at("/proposal/status").asText()).isEqualTo("passed");
        assertThat(HubClient.parse(client.json("GET", "/api/me", w.learner(), null)).at("/oneToOne/meetings/1/proposal/status")
                .asText()).isEqualTo("passed");
        assertThat(menteeOf(w.mentor(), p.learnerId()).get("waiting")).as("nothing waits").isEmpty();
        HttpResponse<String> accepted = client.json("POST", p.mentee() + "/one-to-one/meetings/" + second
                + "/proposal/answer", w.mentor(), "{\"answer\":\"accepted\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(409);
        assertThat(HubClient.parse(accepted).at("/error/code").asText()).isEqualTo("proposal_past");
        assertThat(item(Keys.proposal(p.learnerId(), LocalDate.parse(second))).get("status").s()).isEqualTo("open");
        HttpResponse<String> again = client.json("POST", "/api/me/one-to-one/meetings/" + second + "/proposal", w.learner(),
                "{\"date\":\"" + LocalDate.parse(second).plusDays(3) + "\",\"time\":\"17:30\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(HubClient.parse(client.json("GET", "/api/me", w.learner(), null)).at("/oneToOne/meetings/1/proposal/status")
                .asText()).isEqualTo("open");
    }

    /**
     * Awa proposed another time for her second Tuesday; Inès moves that meeting herself: the
     * proposal is withdrawn in the same write, Awa's page and mail say so, nothing waits for Inès's
     * answer, and Awa may propose again for the meeting as it now is.
     */
    @Test
    void movingTheMeetingByItselfWithdrawsItsProposal() throws Exception {
        Weekly w = weeklyPair();
        MatchedPair p = w.p();
        String second = proposedForSecond(w);

        HttpResponse<String> moved = client.json("PUT", p.mentee() + "/one-to-one/meetings/" + second, w.mentor(),
                "{\"date\":\"" + LocalDate.parse(second).plusDays(2) + "\",\"time\":\"19:30\"}");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(item(Keys.proposal(p.learnerId(), LocalDate.parse(second))).get("status").s()).isEqualTo("withdrawn");
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me", w.learner(), null)).at("/oneToOne/meetings/1");
        assertThat(mine.at("/proposal/status").asText()).isEqualTo("withdrawn");
        assertThat(menteeOf(w.mentor(), p.learnerId()).get("waiting")).as("nothing waits").isEmpty();
        assertThat(outbox(p.learnerEmail(), "text").get(0)).contains("Votre proposition de déplacer ce rendez-vous au",
                "est retirée avec ce changement");
        assertThat(client.json("POST", "/api/me/one-to-one/meetings/" + second + "/proposal", w.learner(),
                "{\"date\":\"" + LocalDate.parse(second).plusDays(3) + "\",\"time\":\"17:30\"}").statusCode())
                .as("the moved meeting can be proposed again").isEqualTo(201);
    }

    /**
     * A mentor in Casablanca, which the server's zone data puts at UTC+1 outside Ramadan (some
     * browsers' at UTC+0): the preview before saving and the series saved give each meeting on both
     * clocks as the server reads them, the same as its mails and invites; a preview saves and mails nothing.
     */
    @Test
    void thePreviewAndTheSeriesGiveEachMeetingOnBothClocksAsTheServerReadsThem() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        HttpResponse<String> moved = client.json("PUT", "/api/mentors/me", mentor, "{\"name\":\"Inès Moreau\","
                + "\"paths\":[\"" + p.cohort().pathId() + "\"],\"languages\":[\"fr\"],\"timezone\":\"Africa/Casablanca\","
                + "\"capacity\":3,\"availability\":[{\"day\":\"thu\",\"from\":\"17:00\",\"to\":\"21:00\"}]}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        int mails = subjects(p.learnerEmail()).size();
        String thursdays = "{\"day\":\"thu\",\"time\":\"19:00\",\"durationMinutes\":30,\"weeks\":3}";

        HttpResponse<String> previewed = client.json("POST", p.mentee() + "/one-to-one/preview", mentor, thursdays);
        assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
        JsonNode preview = HubClient.parse(previewed).get("preview");
        assertThat(preview.get("timezone").asText()).isEqualTo("Africa/Casablanca");
        assertThat(preview.get("learnerTimezone").asText()).isEqualTo("Africa/Dakar");
        assertThat(preview.get("meetings")).hasSize(3);
        for (JsonNode m : preview.get("meetings")) {
            java.time.ZonedDateTime there = java.time.OffsetDateTime.parse(m.get("start").asText())
                    .atZoneSameInstant(java.time.ZoneId.of("Africa/Casablanca"));
            assertThat(m.get("mentorLocal").asText()).endsWith("T19:00").isEqualTo(there.toLocalDateTime().toString());
            assertThat(m.get("learnerLocal").asText()).isEqualTo(there.withZoneSameInstant(java.time.ZoneId.of("Africa/Dakar"))
                    .toLocalDateTime().toString());
        }
        assertThat(client.json("GET", p.mentee() + "/one-to-one", mentor, null).statusCode()).as("nothing saved").isEqualTo(404);
        assertThat(subjects(p.learnerEmail())).as("nobody mailed").hasSize(mails);
        HttpResponse<String> bad = client.json("POST", p.mentee() + "/one-to-one/preview", mentor,
                "{\"day\":\"thu\",\"time\":\"25:00\",\"durationMinutes\":30,\"weeks\":3}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields/time").asText()).isNotBlank();
        assertThat(client.json("POST", p.mentee() + "/one-to-one/preview", token("someone-else@example.org", "mentor"),
                thursdays).statusCode()).isEqualTo(404);

        JsonNode set = HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor, thursdays)).get("oneToOne");
        assertThat(set.get("learnerTimezone").asText()).isEqualTo("Africa/Dakar");
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me", "Bearer " + p.key(), null)).get("oneToOne");
        for (int i = 0; i < 3; i++) {
            for (String field : List.of("start", "mentorLocal", "learnerLocal")) {
                String said = preview.at("/meetings/" + i + "/" + field).asText();
                assertThat(set.at("/meetings/" + i + "/" + field).asText()).as("as previewed").isEqualTo(said);
                assertThat(mine.at("/meetings/" + i + "/" + field).asText()).as("on My page").isEqualTo(said);
            }
        }
        assertThat(mine.get("learnerDay").asText()).isEqualTo(java.time.LocalDate.parse(
                preview.at("/meetings/0/learnerLocal").asText().substring(0, 10)).getDayOfWeek().name().substring(0, 3)
                .toLowerCase(java.util.Locale.ROOT));

        // The mentor moves to New York: My page reads each meeting on their clock now, and names that zone.
        HttpResponse<String> west = client.json("PUT", "/api/mentors/me", mentor, "{\"name\":\"Inès Moreau\","
                + "\"paths\":[\"" + p.cohort().pathId() + "\"],\"languages\":[\"fr\"],\"timezone\":\"America/New_York\","
                + "\"capacity\":3,\"availability\":[{\"day\":\"thu\",\"from\":\"11:00\",\"to\":\"15:00\"}]}");
        assertThat(west.statusCode()).as(west.body()).isEqualTo(200);
        JsonNode after = HubClient.parse(client.json("GET", "/api/me", "Bearer " + p.key(), null)).get("oneToOne");
        assertThat(after.get("mentorTimezone").asText()).isEqualTo("America/New_York");
        for (JsonNode m : after.get("meetings")) {
            assertThat(m.get("mentorLocal").asText()).isEqualTo(java.time.OffsetDateTime.parse(m.get("start").asText())
                    .atZoneSameInstant(java.time.ZoneId.of("America/New_York")).toLocalDateTime().toString());
        }
    }

    /** Four Tuesdays at 18:00 set by the mentor: the series as answered. */
    @Test
    void eachSideIsInvitedInItsOwnLanguageAndTheMenteeListSaysWhetherASeriesExists() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14), "en");
        String mentor = token(p.mentorEmail(), "mentor");
        assertThat(subjects(p.learnerEmail())).as("the mentor-found mail, in the learner's language")
                .contains("Your mentor: Inès Moreau");
        JsonNode before = menteeOf(mentor, p.learnerId()).get("oneToOne");
        assertThat(before.isBoolean() && !before.asBoolean()).as("no series yet: " + before).isTrue();

        weekly(p, mentor);
        assertThat(menteeOf(mentor, p.learnerId()).get("oneToOne").asBoolean()).isTrue();
        // An English learner in a French cohort with a French-speaking mentor: each reads their own.
        assertThat(subjects(p.learnerEmail())).contains("Your 1:1s with Inès Moreau");
        assertThat(event(invitesTo(p.learnerEmail(), "one-to-one-invite").get(0)).getSummary().getValue())
                .startsWith("1:1: Inès Moreau");
        assertThat(subjects(p.mentorEmail())).contains("Rendez-vous avec Awa Diallo");
        assertThat(event(invitesTo(p.mentorEmail(), "one-to-one-invite").get(0)).getSummary().getValue())
                .startsWith("Rendez-vous individuel : Inès Moreau");

        client.json("DELETE", p.mentee() + "/one-to-one", mentor, null);
        assertThat(menteeOf(mentor, p.learnerId()).get("oneToOne").asBoolean()).as("cancelled").isFalse();
    }

    /**
     * A series whose four Tuesdays are all past (its first date put eight weeks back); the mentor
     * gives a new first date, two meetings: a new series (201, its own UID) of those two, which the
     * invites, Awa's page and her mail give alike, not two meetings moved back onto the old dates.
     */
    @Test
    void aNewFirstDateAfterASeriesThatIsOverStartsANewOne() throws Exception {
        Weekly w = weeklyPair();
        MatchedPair p = w.p();
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.oneToOne(p.learnerId()))
                .updateExpression("SET firstDate = :d").expressionAttributeValues(Map.of(":d", AttributeValue.fromS(
                        LocalDate.parse(w.set().get("firstDate").asText()).minusWeeks(8).toString()))));
        String first = LocalDate.parse(w.set().get("firstDate").asText()).plusWeeks(1).toString();

        HttpResponse<String> set = client.json("PUT", p.mentee() + "/one-to-one", w.mentor(),
                slot("tue", "18:00", 2).replace("\"weeks\"", "\"firstDate\":\"" + first + "\",\"weeks\""));

        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        JsonNode series = HubClient.parse(set).get("oneToOne");
        assertThat(series.get("uid").asText()).isNotEqualTo(w.set().get("uid").asText());
        String second = LocalDate.parse(first).plusWeeks(1).toString();
        assertThat(series.get("meetings")).extracting(m -> m.get("mentorLocal").asText() + " " + m.get("status").asText())
                .containsExactly(first + "T18:00 planned", second + "T18:00 planned");
        assertThat(HubClient.parse(client.json("GET", "/api/me", w.learner(), null)).at("/oneToOne/meetings"))
                .extracting(m -> m.get("mentorLocal").asText()).containsExactly(first + "T18:00", second + "T18:00");
        Calendar invite = ics(client.json("GET", p.mentee() + "/one-to-one.ics", w.mentor(), null).body());
        assertThat(invite.<VEvent>getComponents("VEVENT")).hasSize(1);
        assertThat(invite.toString()).contains("DTSTART;TZID=Europe/Paris:" + first.replace("-", "") + "T180000", "COUNT=2");
        assertThat(outbox(p.learnerEmail(), "text").get(0)).contains("Premier rendez-vous\u00A0: mardi "
                + LocalDate.parse(first).getDayOfMonth() + " ");
    }

    /**
     * Cancelling the series while Awa's proposal for its second meeting waits withdraws it in the
     * same write: no proposal is left open for a series that is gone.
     */
    @Test
    void cancellingTheSeriesWithdrawsTheProposalThatWaits() throws Exception {
        Weekly w = weeklyPair();
        String second = proposedForSecond(w);

        assertThat(client.json("DELETE", w.p().mentee() + "/one-to-one", w.mentor(), null).statusCode()).isEqualTo(200);

        assertThat(item(Keys.proposal(w.p().learnerId(), LocalDate.parse(second))).get("status").s()).isEqualTo("withdrawn");
        assertThat(item(Keys.oneToOne(w.p().learnerId()))).isNull();
    }

    /** The learner of {@code w} proposes the next day at 17:30 for the series' second meeting: its planned date. */
    private String proposedForSecond(Weekly w) throws Exception {
        String second = w.set().findValuesAsText("planned").get(1);
        assertThat(client.json("POST", "/api/me/one-to-one/meetings/" + second + "/proposal", w.learner(),
                "{\"date\":\"" + LocalDate.parse(second).plusDays(1) + "\",\"time\":\"17:30\"}").statusCode())
                .isEqualTo(201);
        return second;
    }

    /** A pair with a weekly series set: the mentor's token, the learner's key and the series. */
    private record Weekly(MatchedPair p, String mentor, String learner, JsonNode set) {
    }

    private Weekly weeklyPair() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        return new Weekly(p, mentor, "Bearer " + p.key(), weekly(p, mentor));
    }

    private JsonNode weekly(MatchedPair p, String mentor) throws Exception {
        return HubClient.parse(client.json("PUT", p.mentee() + "/one-to-one", mentor, slot("tue", "18:00", 4)))
                .get("oneToOne");
    }

    private List<String> subjects(String email) throws Exception {
        return outbox(email, "subject");
    }

    /** The {@code field} of each message sent to {@code email}, newest first. */
    private List<String> outbox(String email, String field) throws Exception {
        List<String> values = new java.util.ArrayList<>();
        HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null,
                null)).get("messages").forEach(m -> values.add(m.path(field).asText()));
        return values;
    }

    private static String slot(String day, String time, int weeks) {
        return "{\"day\":\"" + day + "\",\"time\":\"" + time + "\",\"durationMinutes\":30,\"weeks\":" + weeks
                + ",\"location\":\"https://meet.example.org/ines\"}";
    }

    private static Calendar ics(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar c) {
        return c.<VEvent>getComponents("VEVENT").get(0);
    }

    /** The invites (parsed) the outbox holds for {@code email}, newest first. */
    private List<Calendar> invitesTo(String email, String kind) throws Exception {
        JsonNode messages = HubClient.parse(client.json("GET",
                "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null)).get("messages");
        List<JsonNode> found = new java.util.ArrayList<>();
        messages.forEach(m -> {
            if (kind.equals(m.path("kind").asText())) {
                found.add(m);
            }
        });
        List<Calendar> calendars = new java.util.ArrayList<>();
        for (JsonNode m : found) {
            JsonNode a = m.at("/attachments/0");
            assertThat(a.get("fileName").asText()).matches("(1-1-with|rendez-vous-avec)-[a-z0-9-]+\\.ics");
            assertThat(a.get("contentType").asText()).startsWith("text/calendar");
            calendars.add(ics(a.get("text").asText()));
        }
        return calendars;
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(key)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    @Test
    void theMentorSetsChangesAndCancelsTheSeriesAndBothSidesDownloadIt() throws Exception {
        // Ten Thursdays at 08:15 from today, or from next week once today's hour is past, end before
        // the cohort does: from a start two weeks out, on a Thursday after 08:15 in Paris the tenth fell past it.
        MatchedPair p = matchedPair(LocalDate.now().plusDays(28));
        String mentor = token(p.mentorEmail(), "mentor");
        String learner = "Bearer " + p.key();

        HttpResponse<String> set = client.json("PUT", p.mentee() + "/one-to-one", mentor, slot("tue", "18:00", 6));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        JsonNode series = HubClient.parse(set).get("oneToOne");
        String uid = series.get("uid").asText();
        assertThat(series.get("sequence").asInt()).isZero();
        assertThat(series.get("timezone").asText()).isEqualTo("Europe/Paris");
        assertThat(series.get("icsUrl").asText()).isEqualTo(p.mentee() + "/one-to-one.ics");
        assertThat(item(Keys.oneToOne(p.learnerId())).get("uid").s()).isEqualTo(uid);

        // Both mails carry the invite; the learner's in the learner's language, the mentor's in hers.
        Calendar learnerInvite = invitesTo(p.learnerEmail(), "one-to-one-invite").get(0);
        Calendar mentorInvite = invitesTo(p.mentorEmail(), "one-to-one-invite").get(0);
        for (Calendar c : List.of(learnerInvite, mentorInvite)) {
            assertThat(c.toString()).contains("METHOD:REQUEST", "TZID:Europe/Paris", "UID:" + uid + "@lcm-hub",
                    "SEQUENCE:0", "RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=1;BYDAY=TU", "mailto:" + p.learnerEmail());
        }
        assertThat(event(learnerInvite).getSummary().getValue()).startsWith("Rendez-vous individuel : Inès Moreau");
        assertThat(event(mentorInvite).getSummary().getValue()).as("Inès writes French")
                .startsWith("Rendez-vous individuel : Inès Moreau");

        // Downloads from both sides.
        HttpResponse<String> mentorCopy = client.json("GET", p.mentee() + "/one-to-one.ics", mentor, null);
        assertThat(mentorCopy.statusCode()).isEqualTo(200);
        assertThat(mentorCopy.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(mentorCopy.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"rendez-vous-avec-awa-diallo.ics\"");
        HttpResponse<String> learnerCopy = client.json("GET", "/api/me/one-to-one.ics", learner, null);
        assertThat(learnerCopy.statusCode()).isEqualTo(200);
        assertThat(learnerCopy.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"rendez-vous-avec-ines-moreau.ics\"");
        for (String text : List.of(mentorCopy.body(), learnerCopy.body())) {
            Calendar c = ics(text);
            c.validate();
            VEvent e = event(c);
            assertThat(e.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;COUNT=6;INTERVAL=1;BYDAY=TU");
            assertThat(e.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Paris");
            assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).endsWith("T180000");
            assertThat(e.getUid().orElseThrow().getValue()).isEqualTo(uid + "@lcm-hub");
        }
        JsonNode me = HubClient.parse(client.json("GET", "/api/me", learner, null)).get("oneToOne");
        assertThat(me.get("day").asText()).isEqualTo("tue");
        assertThat(me.get("time").asText()).isEqualTo("18:00");
        assertThat(me.get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(me.get("weeks").asInt()).isEqualTo(6);
        assertThat(me.get("location").asText()).isEqualTo("https://meet.example.org/ines");
        assertThat(me.get("videoUrl").asText()).isEqualTo("https://meet.example.org/ines");
        assertThat(LocalDate.parse(me.get("firstDate").asText()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);

        // A change: same UID, SEQUENCE up, in the table and in every copy.
        HttpResponse<String> changed = client.json("PUT", p.mentee() + "/one-to-one", mentor, slot("thu", "08:15", 10));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(HubClient.parse(changed).at("/oneToOne/uid").asText()).isEqualTo(uid);
        assertThat(HubClient.parse(changed).at("/oneToOne/sequence").asInt()).isEqualTo(1);
        assertThat(item(Keys.oneToOne(p.learnerId())).get("sequence").n()).isEqualTo("1");
        assertThat(invitesTo(p.learnerEmail(), "one-to-one-invite").get(0).toString())
                .contains("SEQUENCE:1", "BYDAY=TH", "COUNT=10", "UID:" + uid + "@lcm-hub");
        assertThat(client.json("GET", "/api/me/one-to-one.ics", learner, null).body()).contains("SEQUENCE:1");

        // Cancelled: a CANCEL invite to both, then nothing to download.
        HttpResponse<String> cancel = client.json("DELETE", p.mentee() + "/one-to-one", mentor, null);
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        for (String email : List.of(p.learnerEmail(), p.mentorEmail())) {
            assertThat(invitesTo(email, "one-to-one-cancelled").get(0).toString())
                    .contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:" + uid + "@lcm-hub", "SEQUENCE:2");
        }
        assertThat(item(Keys.oneToOne(p.learnerId()))).isNull();
        assertThat(client.json("GET", p.mentee() + "/one-to-one.ics", mentor, null).statusCode()).isEqualTo(404);
        assertThat(client.json("GET", "/api/me/one-to-one.ics", learner, null).statusCode()).isEqualTo(404);
        assertThat(client.json("DELETE", p.mentee() + "/one-to-one", mentor, null).statusCode()).isEqualTo(404);
        assertThat(HubClient.parse(client.json("GET", "/api/me", learner, null)).get("oneToOne").isNull()).isTrue();
    }

    @Test
    void nobodyButTheLearnersMentorReachesTheSeries() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String other = token(unique("farid") + "@example.org", "mentor");

        for (String method : List.of("PUT", "DELETE")) {
            HttpResponse<String> r = client.json(method, p.mentee() + "/one-to-one", other, slot("tue", "18:00", 4));
            assertThat(r.statusCode()).as(method).isEqualTo(404);
            assertThat(HubClient.parse(r).at("/error/code").asText()).isEqualTo("not_found");
        }
        assertThat(client.json("GET", p.mentee() + "/one-to-one.ics", other, null).statusCode()).isEqualTo(404);
        assertThat(client.json("POST", p.mentee() + "/sessions", other, "{\"date\":\"" + LocalDate.now().minusDays(1)
                + "\",\"text\":\"Hello\"}").statusCode()).isEqualTo(404);
        assertThat(client.json("GET", p.mentee() + "/sessions", other, null).statusCode()).isEqualTo(404);
        assertThat(client.json("PUT", "/api/mentors/me/mentees/no-such-learner/one-to-one", other,
                slot("tue", "18:00", 4)).statusCode()).isEqualTo(404);
        // An LCM is not a mentor; no token is no entry.
        assertThat(client.json("PUT", p.mentee() + "/one-to-one", token(p.lcm(), "lcm"), slot("tue", "18:00", 4))
                .statusCode()).isEqualTo(403);
        assertThat(client.json("PUT", p.mentee() + "/one-to-one", null, slot("tue", "18:00", 4)).statusCode()).isEqualTo(401);
        // Bad fields: 400 with every field named.
        HttpResponse<String> bad = client.json("PUT", p.mentee() + "/one-to-one", token(p.mentorEmail(), "mentor"),
                "{\"day\":\"someday\",\"time\":\"6pm\",\"durationMinutes\":5,\"weeks\":0,\"firstDate\":\"2020-01-01\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields")).hasSize(5);

        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())))
                .extracting(i -> i.get("SK").s()).containsExactlyInAnyOrder("PROFILE", "STANDING", "MENTOR");
        assertThat(invitesTo(p.learnerEmail(), "one-to-one-invite")).isEmpty();
    }

    @Test
    void concurrentChangesEachTakeTheirOwnSequence() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (String day : List.of("mon", "tue", "wed", "thu")) {
            answers.add(pool.submit(() -> client.json("PUT", p.mentee() + "/one-to-one", mentor, slot(day, "18:00", 4))));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        java.util.Set<String> uids = new java.util.HashSet<>();
        for (var answer : answers) {
            HttpResponse<String> r = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            statuses.add(r.statusCode());
            if (r.statusCode() / 100 == 2) {
                uids.add(HubClient.parse(r).at("/oneToOne/uid").asText());
            }
        }
        pool.shutdown();

        // Each accepted write is one step of the same series; a write that kept losing is a 409.
        assertThat(statuses).isSubsetOf(200, 201, 409);
        assertThat(statuses).containsOnlyOnce(201);
        long accepted = statuses.stream().filter(s -> s / 100 == 2).count();
        Map<String, AttributeValue> stored = item(Keys.oneToOne(p.learnerId()));
        assertThat(uids).containsExactly(stored.get("uid").s());
        assertThat(Long.parseLong(stored.get("sequence").n())).isEqualTo(accepted - 1);
    }

    @Test
    void aReleaseCommittedFirstLeavesNothingBehind() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        // As a release does: the match goes (the place is given back in the same transaction).
        moto.dynamo().deleteItem(r -> r.tableName(moto.table()).key(Keys.match(p.learnerId())));
        String mentor = token(p.mentorEmail(), "mentor");

        assertThat(client.json("PUT", p.mentee() + "/one-to-one", mentor, slot("tue", "18:00", 4)).statusCode())
                .isEqualTo(404);
        assertThat(client.json("POST", p.mentee() + "/sessions", mentor, "{\"date\":\"" + LocalDate.now().minusDays(1)
                + "\",\"text\":\"Hello\"}").statusCode()).isEqualTo(404);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())))
                .extracting(i -> i.get("SK").s()).containsExactlyInAnyOrder("PROFILE", "STANDING");
    }

    @Test
    void sessionNotesAreSharedWithTheCohortsTeamAndGoWithTheLearnersData() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        String mentor = token(p.mentorEmail(), "mentor");
        String yesterday = LocalDate.now().minusDays(3).toString();
        String today = LocalDate.now().minusDays(1).toString();
        HttpResponse<String> first = client.json("POST", p.mentee() + "/sessions", mentor,
                "{\"date\":\"" + yesterday + "\",\"text\":\"Went through loops.\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(client.json("POST", p.mentee() + "/sessions", mentor,
                "{\"date\":\"" + today + "\",\"text\":\"Planned the project.\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> empty = client.json("POST", p.mentee() + "/sessions", mentor, "{\"date\":\"" + today + "\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(empty).at("/error/fields/text").asText()).isNotBlank();

        JsonNode mine = HubClient.parse(client.json("GET", p.mentee() + "/sessions", mentor, null)).get("sessions");
        assertThat(mine).extracting(n -> n.get("text").asText()).containsExactly("Planned the project.", "Went through loops.");
        assertThat(mine.get(1).get("date").asText()).isEqualTo(yesterday);
        assertThat(mine.get(1).get("sessionId").asText()).isEqualTo(HubClient.parse(first).get("sessionId").asText());

        String teamPath = "/api/cohorts/" + p.cohort().cohortId() + "/learners/" + p.learnerId() + "/sessions";
        HttpResponse<String> team = client.json("GET", teamPath, token(p.lcm(), "lcm"), null);
        assertThat(team.statusCode()).isEqualTo(200);
        // The team's notes are the mentor's, each signed with the mentor's name (the mentor knows it is theirs).
        JsonNode theirs = HubClient.parse(team).get("sessions");
        assertThat(theirs).extracting(n -> n.get("mentorName").asText()).containsOnly("Inès Moreau");
        theirs.forEach(n -> ((ObjectNode) n).remove("mentorName"));
        assertThat(theirs).isEqualTo(mine);
        assertThat(mine.get(0).has("mentorName")).isFalse();
        assertThat(client.json("GET", teamPath, token(unique("lcm") + "@example.org", "lcm"), null).statusCode())
                .as("an LCM of another cohort").isEqualTo(403);
        assertThat(client.json("GET", teamPath, mentor, null).statusCode()).as("a mentor on the team route").isEqualTo(403);
        assertThat(client.json("GET", "/api/cohorts/no-such-cohort/learners/" + p.learnerId() + "/sessions",
                token(p.lcm(), "lcm"), null).statusCode()).isEqualTo(404);
        assertThat(client.json("GET", teamPath, null, null).statusCode()).isEqualTo(401);

        // On GSI1 under the cohort, and the dashboard's cohort reader takes them in its stride.
        List<Map<String, AttributeValue>> onIndex = moto.dynamo().queryPaginator(r -> r.tableName(moto.table())
                        .indexName(Keys.GSI1).keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :s)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("COHORT#" + p.cohort().cohortId()),
                                ":s", AttributeValue.fromS(Keys.SESSION + p.learnerId()))))
                .items().stream().toList();
        assertThat(onIndex).hasSize(2);
        assertThat(client.json("GET", "/api/cohorts/" + p.cohort().cohortId() + "/dashboard", token(p.lcm(), "lcm"), null)
                .statusCode()).isEqualTo(200);

        // The learner's export has them; the erasure takes them away.
        String learner = "Bearer " + p.key();
        assertThat(client.json("PUT", p.mentee() + "/one-to-one", mentor, slot("fri", "10:00", 3)).statusCode()).isEqualTo(201);
        JsonNode download = HubClient.parse(client.json("GET", "/api/me/export", learner, null));
        assertThat(download.at("/profile/mentor/name").asText()).isEqualTo("Inès Moreau");
        JsonNode export = download.get("records");
        assertThat(export).filteredOn(r -> r.path("type").asText().equals("Session")).hasSize(2);
        assertThat(export).filteredOn(r -> r.path("type").asText().equals("OneToOne")).hasSize(1);
        assertThat(client.json("DELETE", "/api/me", learner, null).statusCode()).isEqualTo(200);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId()))).isEmpty();
        assertThat(client.json("GET", teamPath, token(p.lcm(), "lcm"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void theLearnersDownloadNeedsTheirKey() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().plusDays(14));
        assertThat(client.json("PUT", p.mentee() + "/one-to-one", token(p.mentorEmail(), "mentor"), slot("tue", "18:00", 4))
                .statusCode()).isEqualTo(201);
        String forged = p.learnerId() + "." + "A".repeat(43);
        for (String auth : java.util.Arrays.asList(null, "Bearer " + forged, "Bearer nonsense", token(p.lcm(), "lcm"))) {
            HttpResponse<String> r = client.json("GET", "/api/me/one-to-one.ics", auth, null);
            assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
            assertThat(HubClient.parse(r).at("/error/code").asText()).isEqualTo("unauthorized");
        }
        assertThat(client.json("POST", "/api/me/one-to-one.ics", "Bearer " + p.key(), null).statusCode()).isEqualTo(405);
    }

    /** The learner's entry in the mentor's mentee list. */
    private JsonNode menteeOf(String mentor, String learnerId) throws Exception {
        for (JsonNode m : HubClient.parse(client.json("GET", "/api/mentors/me/mentees", mentor, null)).get("mentees")) {
            if (m.get("learnerId").asText().equals(learnerId)) {
                return m;
            }
        }
        throw new AssertionError("not in the mentee list: " + learnerId);
    }
}
