package org.lcmhub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The plan store's own conditions through the real SDK, with no service reading first: once the
 * learner confirmed a report, another report on the same 1:1 is refused by the transaction itself
 * unless it says it replaces the confirmed one.
 */
@ExtendWith(MotoExtension.class)
class DynamoPlanStoreIT {
    private static final PlanStore.Author INES = new PlanStore.Author(PlanStore.Author.MENTOR, "sub-ines", null);

    private static String learner(Moto moto) {
        String id = UUID.randomUUID().toString();
        Map<String, AttributeValue> profile = new HashMap<>(Keys.learner(id));
        profile.put("cohortId", AttributeValue.fromS("c-1"));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(profile));
        Map<String, AttributeValue> match = new HashMap<>(Keys.match(id));
        match.put("mentorId", AttributeValue.fromS(INES.sub()));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(match));
        return id;
    }

    private static SessionReport report(String learnerId, String reportId, String date) {
        return new SessionReport(reportId, learnerId, "c-1", PlanStore.Author.MENTOR, INES.sub(), "Inès", LocalDate.parse(date),
                SessionReport.Outcome.HELD, "Loops", null, List.of(), null, null, null, Instant.parse("2027-02-09T19:00:00Z"));
    }

    private static long reports(Moto moto, String learnerId) {
        return Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(learnerId)).stream()
                .filter(i -> i.get("SK").s().startsWith(Keys.REPORT)).count();
    }

    @Test
    void aReportOnA1To1WithAConfirmedReportIsRefusedUnlessItReplacesItKnowingly(Moto moto) {
        DynamoPlanStore store = new DynamoPlanStore(moto.dynamo(), moto.table());
        String id = learner(moto);
        store.saveReport(INES, report(id, "1786300000000a", "2027-02-09"), null);
        store.saveReport(INES, report(id, "1786300000001b", "2027-02-09"), null, false, "1786300000000a");
        SessionReport confirmed = store.answer(id, "1786300000001b", SessionReport.Answer.CONFIRMED,
                Instant.parse("2027-02-10T08:00:00Z"));
        assertThat(confirmed.answeredAt()).isEqualTo(Instant.parse("2027-02-10T08:00:00Z"));

        assertThatThrownBy(() -> store.saveReport(INES, report(id, "1786300000002c", "2027-02-09"), null, false,
                "1786300000001b")).isInstanceOf(PlanStore.Confirmed.class);
        assertThat(reports(moto, id)).as("nothing written").isEqualTo(2);
        store.saveReport(INES, report(id, "1786300000003d", "2027-02-02"), null);

        store.saveReport(INES, report(id, "1786300000004e", "2027-02-09"), null, true, "1786300000001b");
        // The new report is the 1:1's, unanswered: a correction of it needs no second warning.
        store.saveReport(INES, report(id, "1786300000005f", "2027-02-09"), null, false, "1786300000004e");
        assertThat(reports(moto, id)).isEqualTo(5);
    }

    /**
     * The store alone, without the service's read: a report on a 1:1 that has one is refused unless
     * it names that one, and naming one replaced since is refused too; nothing is written either time.
     */
    @Test
    void aReportOnA1To1WithAReportIsRefusedUnlessItNamesTheCurrentOne(Moto moto) {
        DynamoPlanStore store = new DynamoPlanStore(moto.dynamo(), moto.table());
        String id = learner(moto);
        store.saveReport(INES, report(id, "1786300000000a", "2027-02-09"), null);

        assertThatThrownBy(() -> store.saveReport(INES, report(id, "1786300000001b", "2027-02-09"), null))
                .isInstanceOf(PlanStore.Exists.class);
        assertThatThrownBy(() -> store.saveReport(INES, report(id, "1786300000001b", "2027-02-09"), null, false,
                "1786300000009f")).isInstanceOf(PlanStore.Exists.class);
        assertThat(reports(moto, id)).as("nothing written").isEqualTo(1);

        store.saveReport(INES, report(id, "1786300000002c", "2027-02-09"), null, false, "1786300000000a");
        assertThatThrownBy(() -> store.saveReport(INES, report(id, "1786300000003d", "2027-02-09"), null, false,
                "1786300000000a")).as("replaced since").isInstanceOf(PlanStore.Exists.class);
        store.saveReport(INES, report(id, "1786300000004e", "2027-02-02"), null);
        assertThat(reports(moto, id)).isEqualTo(3);
    }

    /** When the 1:1 began, as the report knows it, is read back with it, and kept when the learner answers. */
    @Test
    void aReportKeepsWhenItsOneToOneBegan(Moto moto) {
        DynamoPlanStore store = new DynamoPlanStore(moto.dynamo(), moto.table());
        String id = learner(moto);
        Instant from = Instant.parse("2027-02-09T05:00:00Z");
        Instant until = Instant.parse("2027-02-10T05:00:00Z");
        SessionReport r = report(id, "1786300000000a", "2027-02-09");
        store.saveReport(INES, new SessionReport(r.reportId(), r.learnerId(), r.cohortId(), r.authorRole(), r.authorSub(),
                r.authorName(), r.date(), r.outcome(), r.notes(), null, List.of(), null, null, null, r.createdAt(), from, until),
                null);
        store.saveReport(INES, report(id, "1786300000001b", "2027-02-02"), null);

        assertThat(store.reports(id)).extracting(SessionReport::heldFrom, SessionReport::heldUntil)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(from, until),
                        org.assertj.core.groups.Tuple.tuple(null, null));
        SessionReport answered = store.answer(id, "1786300000000a", SessionReport.Answer.CONFIRMED,
                Instant.parse("2027-02-10T08:00:00Z"));
        assertThat(answered.heldFrom()).isEqualTo(from);
        assertThat(answered.heldUntil()).isEqualTo(until);
    }

    @Test
    void aTalkAgainAnswerLeavesTheNextReportFree(Moto moto) {
        DynamoPlanStore store = new DynamoPlanStore(moto.dynamo(), moto.table());
        String id = learner(moto);
        store.saveReport(INES, report(id, "1786300000000a", "2027-02-09"), null);
        store.answer(id, "1786300000000a", SessionReport.Answer.TALK_AGAIN, Instant.parse("2027-02-10T08:00:00Z"));
        store.saveReport(INES, report(id, "1786300000001b", "2027-02-09"), null, false, "1786300000000a");
        assertThat(reports(moto, id)).isEqualTo(2);
        store.answer(id, "1786300000001b", SessionReport.Answer.CONFIRMED, Instant.parse("2027-02-10T09:00:00Z"));
        assertThatThrownBy(() -> store.answer(id, "1786300000001b", SessionReport.Answer.CONFIRMED, Instant.now()))
                .as("once").isInstanceOf(PlanStore.AlreadyAnswered.class);
        assertThatThrownBy(() -> store.answer(id, "1786300000009z", SessionReport.Answer.CONFIRMED, Instant.now()))
                .isInstanceOf(PlanStore.NoSuchReport.class);
    }
}
