package org.lcmhub.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which service each record of the stream's one mapping goes to, and which record a batch names
 * when one fails: the first not done in the stream's order, whatever its kind, since the stream
 * resumes from the lowest sequence number reported.
 */
class StreamHandlerTest {
    private final List<String> done = new ArrayList<>();

    private static Map<String, Object> record(String eventName, String pk, String sk, int sequence) {
        return Map.of("eventName", eventName, "dynamodb", Map.of("Keys", Map.of("PK", Map.of("S", pk),
                "SK", Map.of("S", sk)), "SequenceNumber", String.valueOf(sequence)));
    }

    private static Map<String, Object> batch(Map<?, ?>... records) {
        return Map.of("Records", List.of(records));
    }

    /** Records what it is handed; fails on {@code failing}. */
    private StreamHandler handler(String failing) {
        return new StreamHandler(pk -> work("mail " + pk, failing), learnerId -> work("follow-up " + learnerId, failing));
    }

    private void work(String what, String failing) {
        done.add(what);
        if (what.equals(failing)) {
            throw new IllegalStateException("the store is away");
        }
    }

    private static Map<String, Object> failure(int sequence) {
        return Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", String.valueOf(sequence))));
    }

    private static final Map<String, Object> MIXED = batch(
            record("INSERT", "MAIL#a", "MAIL", 11),
            record("INSERT", "LEARNER#l1", "FOLLOWUP", 12),
            record("INSERT", "MAIL#b", "MAIL", 13),
            record("MODIFY", "LEARNER#l2", "FOLLOWUP", 14),
            record("INSERT", "MAIL#c", "MAIL", 15));

    @Test
    void eachRecordGoesToItsServiceInTheStreamsOrder() {
        assertThat(handler(null).handleRequest(MIXED, null)).isEqualTo(Map.of("batchItemFailures", List.of()));
        assertThat(done).containsExactly("mail MAIL#a", "follow-up l1", "mail MAIL#b", "follow-up l2", "mail MAIL#c");
    }

    @Test
    void aFollowUpFailingBetweenMailsIsTheFirstFailureAndNothingAfterItRuns() {
        assertThat(handler("follow-up l2").handleRequest(MIXED, null)).isEqualTo(failure(14));
        assertThat(done).containsExactly("mail MAIL#a", "follow-up l1", "mail MAIL#b", "follow-up l2");
    }

    @Test
    void aMailFailingBetweenFollowUpsIsTheFirstFailure() {
        assertThat(handler("mail MAIL#b").handleRequest(MIXED, null)).isEqualTo(failure(13));
        assertThat(done).containsExactly("mail MAIL#a", "follow-up l1", "mail MAIL#b");
    }

    /** What neither filter lets through is left alone, should it come: claims, deletions, other items. */
    @Test
    void recordsNeitherFilterPassesAreLeftAlone() {
        Map<String, Object> others = batch(
                record("MODIFY", "MAIL#a", "MAIL", 21),
                record("REMOVE", "MAIL#a", "MAIL", 22),
                record("REMOVE", "LEARNER#l1", "FOLLOWUP", 23),
                record("INSERT", "LEARNER#l1", "NOTE#2027", 24),
                record("INSERT", "COHORT#c", "FOLLOWUP", 25),
                Map.of("eventName", "INSERT"));
        assertThat(handler(null).handleRequest(others, null)).isEqualTo(Map.of("batchItemFailures", List.of()));
        assertThat(handler(null).handleRequest(Map.of(), null)).isEqualTo(Map.of("batchItemFailures", List.of()));
        assertThat(done).isEmpty();
    }
}
