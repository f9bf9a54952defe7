package org.lcmhub.hub.dev;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.learner.Learner;
import org.lcmhub.matching.draft.MatchStore;
import org.lcmhub.matching.draft.Draft;
import org.lcmhub.matching.draft.dynamodb.DynamoMatchStore;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.pairing.Appointment;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A demo learner paired with a demo mentor before their 1:1s: the pair is published the day after
 * the sign-up (through the same conditional write as the matching's publish, so the mentor's places
 * count it), and their weekly 1:1 series runs from the cohort's start on the weekday of
 * {@code meetingDay}, so that the 1:1 a report tells of is one of its meetings. No mail is sent.
 */
final class DemoPairs {
    /** The mentor's evening hour for the demo series, in their own zone. */
    private static final LocalTime AT = LocalTime.of(18, 0);

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoMentorStore mentors;
    private final DynamoAppointmentStore series;
    /** The demo mentors' profiles, read once: pairing changes their load, not their paths or languages. */
    private List<Mentor> profiles;

    DemoPairs(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.mentors = new DynamoMentorStore(dynamo, table);
        this.series = new DynamoAppointmentStore(dynamo, table);
    }

    /**
     * Pairs {@code learner} with a demo mentor of their path who has a place, one who speaks the
     * learner's language first; returns the mentor's sub, or null when no mentor could take them.
     */
    String pair(Cohort cohort, Learner learner, LocalDate meetingDay) {
        Instant matchedAt = learner.createdAt().plus(Duration.ofDays(1));
        if (profiles == null) {
            profiles = DemoData.MENTORS.stream().map(e -> mentors.find(LocalIssuer.subFor(e)))
                    .filter(java.util.Objects::nonNull).toList();
        }
        List<Mentor> candidates = profiles.stream().filter(m -> m.paths().contains(learner.pathId()))
                .sorted((a, b) -> Boolean.compare(!a.languages().contains(learner.language().code()),
                        !b.languages().contains(learner.language().code())))
                .toList();
        DynamoMatchStore store = new DynamoMatchStore(dynamo, table, Clock.fixed(matchedAt, java.time.ZoneOffset.UTC));
        for (Mentor m : candidates) {
            MatchStore.Outcome outcome = store.publish(cohort.cohortId(), "demo",
                    new Draft.Pair(learner.learnerId(), m.sub(), 0, List.of()));
            if (outcome == MatchStore.Outcome.PUBLISHED) {
                schedule(cohort, learner, m, meetingDay, matchedAt);
                return m.sub();
            }
            if (outcome != MatchStore.Outcome.MENTOR_FULL_OR_PAUSED) {
                return null;
            }
        }
        return null;
    }

    private void schedule(Cohort cohort, Learner learner, Mentor mentor, LocalDate meetingDay, Instant at) {
        DayOfWeek day = meetingDay.getDayOfWeek();
        // The first 1:1 comes after the day the pair was published, never on it: a mentor far east
        // of UTC would otherwise meet before the pair existed.
        LocalDate dayAfterMatch = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).plusDays(1);
        LocalDate from = cohort.startDate().isAfter(dayAfterMatch) ? cohort.startDate() : dayAfterMatch;
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(day));
        int weeks = (int) Math.max(1, ChronoUnit.WEEKS.between(first, cohort.endDate()) + 1);
        String uid = UUID.nameUUIDFromBytes(("demo-series:" + learner.learnerId()).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString().replace("-", "");
        series.save(new Appointment(learner.learnerId(), mentor.sub(), cohort.cohortId(), uid, 0, day, AT, 45,
                ZoneId.of(mentor.timezone()), first, weeks, null, at), null);
    }
}
