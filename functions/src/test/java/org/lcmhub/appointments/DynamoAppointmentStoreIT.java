package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The appointment store's transactions through the real SDK, with no service reading first: a
 * write is refused unless the match names its mentor and the profile is still there, and a
 * change must start from the sequence it read.
 */
@ExtendWith(MotoExtension.class)
class DynamoAppointmentStoreIT {

    private static String learner(Moto moto, String mentorId) {
        String id = UUID.randomUUID().toString();
        Map<String, AttributeValue> profile = new HashMap<>(Keys.learner(id));
        profile.put("status", AttributeValue.fromS("enrolled"));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(profile));
        Map<String, AttributeValue> match = new HashMap<>(Keys.match(id));
        match.put("mentorId", AttributeValue.fromS(mentorId));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(match));
        return id;
    }

    private static Appointment series(String learnerId, String mentorId, int sequence) {
        return new Appointment(learnerId, mentorId, "c-1", "uid-1", sequence, DayOfWeek.TUESDAY, LocalTime.of(18, 0),
                30, ZoneId.of("Europe/Paris"), LocalDate.of(2027, 3, 2), 6, null, Instant.parse("2027-02-20T10:00:00Z"));
    }

    private static SessionNote note(String learnerId, String mentorId) {
        return new SessionNote(UUID.randomUUID().toString(), learnerId, "c-1", mentorId, LocalDate.of(2027, 3, 2),
                "Loops", Instant.parse("2027-03-02T18:40:00Z"));
    }

    private static int items(Moto moto, String learnerId) {
        return Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(learnerId)).size();
    }

    @Test
    void aChangeMustStartFromTheSequenceItRead(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String id = learner(moto, "m-1");

        store.save(series(id, "m-1", 0), null);
        assertThatThrownBy(() -> store.save(series(id, "m-1", 0), null)).isInstanceOf(AppointmentStore.Changed.class);
        store.save(series(id, "m-1", 1), 0);
        assertThatThrownBy(() -> store.save(series(id, "m-1", 2), 0)).isInstanceOf(AppointmentStore.Changed.class);
        assertThatThrownBy(() -> store.delete(series(id, "m-1", 0), AppointmentStore.Withdrawals.NONE))
                .isInstanceOf(AppointmentStore.Changed.class);

        assertThat(store.find(id).sequence()).isEqualTo(1);
        // The learner's whole profile, for the store to read the mentee back.
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(org.lcmhub.learner.store.dynamodb.LearnerItems.toItem(
                new org.lcmhub.learner.Learner(id, "Awa Diallo", "awa@example.org", "python-8-weeks", "c-1",
                        org.lcmhub.domain.Language.EN, "Europe/Paris", null, 3, org.lcmhub.learner.LearnerStatus.ENROLLED,
                        null, Instant.parse("2027-02-01T10:00:00Z")), "hash", Instant.parse("2027-02-01T10:00:00Z"))));
        assertThat(store.mentee(id).seriesCancelled()).isFalse();
        store.delete(series(id, "m-1", 1), AppointmentStore.Withdrawals.NONE);
        assertThat(store.find(id)).isNull();
        assertThat(store.mentee(id)).as("the match keeps that its mentor cancelled the series")
                .extracting(AppointmentStore.Mentee::mentorId, AppointmentStore.Mentee::seriesCancelled)
                .containsExactly("m-1", true);
    }

    /** A meeting after the cohort's end stands on the plan: written only while it runs to that day, in that cohort. */
    @Test
    void aWriteThatNeedsThePlanIsRefusedOnceThePlanEndsSooner(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String id = learner(moto, "m-1");
        assertThatThrownBy(() -> store.save(series(id, "m-1", 0), null, LocalDate.of(2027, 4, 6)))
                .as("no plan").isInstanceOf(AppointmentStore.NotInPlan.class);
        Map<String, AttributeValue> plan = new HashMap<>(Keys.plan(id));
        plan.put("cohortId", AttributeValue.fromS("c-1"));
        plan.put("endDate", AttributeValue.fromS("2027-04-05"));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(plan));
        assertThatThrownBy(() -> store.save(series(id, "m-1", 0), null, LocalDate.of(2027, 4, 6)))
                .as("a day short").isInstanceOf(AppointmentStore.NotInPlan.class);
        assertThat(store.find(id)).isNull();

        store.save(series(id, "m-1", 0), null, LocalDate.of(2027, 4, 5));
        assertThat(store.find(id).sequence()).isZero();
    }

    /** {@code open} as a change of the series withdraws it. */
    private static Proposal withdrawn(Proposal open) {
        return open.answered(Proposal.Status.WITHDRAWN, null, Instant.parse("2027-02-25T10:00:00Z"));
    }

    private static Proposal proposal(String learnerId, String planned) {
        return new Proposal(learnerId, "m-1", "uid-1", LocalDate.parse(planned),
                ZonedDateTime.parse("2027-03-04T03:30+09:00[Asia/Tokyo]"), null, Proposal.Status.OPEN, null,
                Instant.parse("2027-02-24T10:00:00Z"), null);
    }

    /**
     * A proposal goes with the meeting it was made for: made from a series read before a change, it
     * is refused; a change withdraws the open one it read, and is refused when another was made
     * since it read them, so no proposal is left open for a meeting that moved.
     */
    @Test
    void aProposalAndAChangeOfTheSeriesNeverCross(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String id = learner(moto, "m-1");
        store.save(series(id, "m-1", 0), null);
        store.propose(proposal(id, "2027-03-02"), 0);
        store.save(series(id, "m-1", 1), 0);
        assertThatThrownBy(() -> store.propose(proposal(id, "2027-03-09"), 0)).as("read before the change")
                .isInstanceOf(AppointmentStore.Changed.class);

        Proposal open = store.proposals(id).get(0);
        Proposal withdrawn = withdrawn(open);
        store.propose(proposal(id, "2027-03-09"), 1);
        assertThatThrownBy(() -> store.save(series(id, "m-1", 2), 1, null, new AppointmentStore.Withdrawals(
                List.of(withdrawn), List.of(LocalDate.parse("2027-03-09")))))
                .as("one made since the change read them").isInstanceOf(AppointmentStore.Changed.class);
        assertThat(store.find(id).sequence()).isEqualTo(1);

        Proposal second = withdrawn(store.proposals(id).get(1));
        store.save(series(id, "m-1", 2), 1, null, new AppointmentStore.Withdrawals(List.of(withdrawn, second),
                List.of(LocalDate.parse("2027-03-16"))));
        assertThat(store.proposals(id)).extracting(Proposal::status)
                .containsExactly(Proposal.Status.WITHDRAWN, Proposal.Status.WITHDRAWN);
        assertThatThrownBy(() -> store.save(series(id, "m-1", 3), 2, null, new AppointmentStore.Withdrawals(
                List.of(withdrawn), List.of()))).as("withdrawn only while open").isInstanceOf(AppointmentStore.Changed.class);
    }

    /**
     * Cancelling withdraws the open proposals it read in its own transaction, and is refused when
     * another was made since it read them: the series stays, read again; none is left open after it.
     */
    @Test
    void aCancellationWithdrawsTheOpenProposalsOrIsRefused(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String id = learner(moto, "m-1");
        store.save(series(id, "m-1", 0), null);
        store.propose(proposal(id, "2027-03-02"), 0);
        Proposal withdrawn = withdrawn(store.proposals(id).get(0));
        store.propose(proposal(id, "2027-03-09"), 0);

        assertThatThrownBy(() -> store.delete(series(id, "m-1", 0), new AppointmentStore.Withdrawals(List.of(withdrawn),
                List.of(LocalDate.parse("2027-03-09"))))).as("one made since").isInstanceOf(AppointmentStore.Changed.class);
        assertThat(store.find(id)).isNotNull();

        Proposal second = withdrawn(store.proposals(id).get(1));
        store.delete(series(id, "m-1", 0), new AppointmentStore.Withdrawals(List.of(withdrawn, second), List.of()));
        assertThat(store.find(id)).isNull();
        assertThat(store.proposals(id)).extracting(Proposal::status)
                .containsExactly(Proposal.Status.WITHDRAWN, Proposal.Status.WITHDRAWN);
    }

    /**
     * One open proposal per meeting, unless the time it proposes has passed by the time the next is
     * made: the condition compares the stored instant, so a learner is not stuck behind a proposal
     * nobody can accept any more.
     */
    @Test
    void aProposalWhoseTimeHasPassedMayBeFollowedByAnother(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String id = learner(moto, "m-1");
        store.save(series(id, "m-1", 0), null);
        store.propose(proposal(id, "2027-03-09"), 0); // proposes 2027-03-03T18:30Z
        Proposal sameDay = anotherTimeFor9March(id, "2027-03-03T18:29:59Z");
        assertThatThrownBy(() -> store.propose(sameDay, 0)).as("a second before its time")
                .isInstanceOf(AppointmentStore.ProposalOpen.class);
        Proposal later = anotherTimeFor9March(id, "2027-03-03T18:30:00.250Z");
        store.propose(later, 0);
        assertThat(store.proposals(id)).singleElement().extracting(Proposal::proposedAt).isEqualTo(later.proposedAt());
    }

    /**
     * A proposal saved before its instant was kept (no startsAt) has passed once the wall time it
     * proposed is behind the clocks of every zone: it blocks its meeting no longer than a day more.
     */
    @Test
    void aProposalSavedWithoutItsInstantPassesByItsWallTime(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String id = learner(moto, "m-1");
        store.save(series(id, "m-1", 0), null);
        store.propose(proposal(id, "2027-03-09"), 0); // proposes 2027-03-04T03:30 in Tokyo, 2027-03-03T18:30Z
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.proposal(id, LocalDate.parse("2027-03-09")))
                .updateExpression("REMOVE startsAt"));
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(id)))
                .noneMatch(item -> item.containsKey("startsAt"));
        Proposal tooSoon = anotherTimeFor9March(id, "2027-03-04T15:29:00Z");
        assertThatThrownBy(() -> store.propose(tooSoon, 0)).as("its wall time not yet past at UTC-12")
                .isInstanceOf(AppointmentStore.ProposalOpen.class);
        Proposal later = anotherTimeFor9March(id, "2027-03-04T15:31:00Z");
        store.propose(later, 0);
        assertThat(store.proposals(id)).singleElement().extracting(Proposal::proposedAt).isEqualTo(later.proposedAt());
    }

    /** The learner's next proposal for the 1:1 of 9 March 2027 (Monday 8 March, 03:30 in Tokyo), made at {@code proposedAt}. */
    private static Proposal anotherTimeFor9March(String id, String proposedAt) {
        return new Proposal(id, "m-1", "uid-1", LocalDate.parse("2027-03-09"),
                ZonedDateTime.parse("2027-03-08T03:30+09:00[Asia/Tokyo]"), null, Proposal.Status.OPEN, null,
                Instant.parse(proposedAt), null);
    }

    /**
     * A brand-new series (another UID) withdraws the open proposals of the series it replaces in its
     * own transaction, on that series' UID, and is refused when one was made since it read them.
     */
    @Test
    void aNewSeriesClosesTheOpenProposalsOfTheOneItReplaces(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String id = learner(moto, "m-1");
        store.save(series(id, "m-1", 0), null);
        store.propose(proposal(id, "2027-03-02"), 0);
        Proposal withdrawn = withdrawn(store.proposals(id).get(0));
        store.propose(proposal(id, "2027-03-09"), 0);
        Appointment replacing = new Appointment(id, "m-1", "c-1", "uid-2", 0, DayOfWeek.THURSDAY, LocalTime.of(18, 0),
                30, ZoneId.of("Europe/Paris"), LocalDate.of(2027, 3, 4), 4, null, Instant.parse("2027-02-25T10:00:00Z"));
        assertThatThrownBy(() -> store.save(replacing, 0, null, new AppointmentStore.Withdrawals(List.of(withdrawn),
                List.of(LocalDate.parse("2027-03-09"))).of("uid-1"))).as("one made since")
                .isInstanceOf(AppointmentStore.Changed.class);
        Proposal second = withdrawn(store.proposals(id).get(1));
        store.save(replacing, 0, null, new AppointmentStore.Withdrawals(List.of(withdrawn, second), List.of()).of("uid-1"));
        assertThat(store.find(id).uid()).isEqualTo("uid-2");
        assertThat(store.proposals(id)).extracting(Proposal::status)
                .containsExactly(Proposal.Status.WITHDRAWN, Proposal.Status.WITHDRAWN);
    }

    @Test
    void withoutTheMatchOrTheProfileNothingIsWritten(Moto moto) {
        DynamoAppointmentStore store = new DynamoAppointmentStore(moto.dynamo(), moto.table());
        String other = learner(moto, "m-2");
        assertThatThrownBy(() -> store.save(series(other, "m-1", 0), null)).isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> store.addSession(note(other, "m-1"))).isInstanceOf(AppointmentStore.NotYourMentee.class);

        String released = learner(moto, "m-1");
        store.save(series(released, "m-1", 0), null);
        moto.dynamo().deleteItem(r -> r.tableName(moto.table()).key(Keys.match(released)));
        assertThatThrownBy(() -> store.save(series(released, "m-1", 1), 0)).isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> store.delete(series(released, "m-1", 0), AppointmentStore.Withdrawals.NONE))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);

        // An erasure deletes the profile first, the match later with the rest of the partition.
        String erased = learner(moto, "m-1");
        moto.dynamo().deleteItem(r -> r.tableName(moto.table()).key(Keys.learner(erased)));
        assertThatThrownBy(() -> store.addSession(note(erased, "m-1"))).isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> store.save(series(erased, "m-1", 0), null)).isInstanceOf(AppointmentStore.NotYourMentee.class);

        assertThat(items(moto, other)).isEqualTo(2);
        assertThat(store.find(released).sequence()).isZero();
        assertThat(items(moto, erased)).as("the match only").isEqualTo(1);
        assertThat(store.sessions(other)).isEmpty();
    }
}
