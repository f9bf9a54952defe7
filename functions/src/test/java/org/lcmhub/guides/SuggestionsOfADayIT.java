package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The digest's count of visitors' suggestions through the real SDK: one range of GSI1
 * {@code GUIDESETS} by creation time, so the sets of other days are never read, and the bounds
 * hold to the instant (after the start, up to the end) whatever fraction of a second a set carries.
 */
@ExtendWith(MotoExtension.class)
class SuggestionsOfADayIT {

    /** A day of its own for each run: the partition is shared by every set of the table. */
    private static Instant someDay() {
        return Instant.parse("2031-01-01T10:00:00Z").plus(ThreadLocalRandom.current().nextInt(3_000), ChronoUnit.DAYS);
    }

    private static void put(DynamoGuideStore store, Instant createdAt, boolean suggested) {
        store.create(new ChangeSet(UUID.randomUUID().toString(), ChangeSetState.DRAFT,
                List.of(GuideRulesTest.guide("en", "a", "x")), suggested ? Set.of() : Set.of("ana"), null, suggested, 1,
                createdAt, createdAt));
    }

    @Test
    void onlyTheWindowsSetsAreReadAndOnlyItsSuggestionsCounted(Moto moto) {
        Instant to = someDay();
        Instant from = to.minus(1, ChronoUnit.DAYS);
        List<Integer> scanned = new CopyOnWriteArrayList<>();
        ExecutionInterceptor watch = new ExecutionInterceptor() {
            @Override
            public void afterUnmarshalling(Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
                if (context.response() instanceof QueryResponse page) {
                    scanned.add(page.scannedCount());
                }
            }
        };
        DynamoGuideStore store = new DynamoGuideStore(moto.dynamo(), moto.table());
        // Outside: days before and after, at the start itself, a fraction after the end.
        put(store, from.minus(3, ChronoUnit.DAYS), true);
        put(store, from.minusMillis(1), true);
        put(store, from, true);
        put(store, to.plusMillis(250), true);
        put(store, to.plus(2, ChronoUnit.HOURS), true);
        put(store, to.plus(5, ChronoUnit.DAYS), true);
        // Inside: a fraction after the start, the middle, the end itself; an LCM's draft is no suggestion.
        put(store, from.plusMillis(250), true);
        put(store, from.plus(9, ChronoUnit.HOURS), true);
        put(store, to, true);
        put(store, to.minus(1, ChronoUnit.HOURS), false);

        try (DynamoDbClient watched = moto.newClient(watch)) {
            GuideService service = new GuideService(new DynamoGuideStore(watched, moto.table()),
                    Clock.fixed(to, ZoneOffset.UTC));
            assertThat(service.suggestedBetween(from, to)).isEqualTo(3);
        }
        // The window's four sets and the two outside it in its bounds' seconds (at the start, a
        // fraction after the end); never the four of other seconds, hours and days.
        assertThat(scanned.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
    }
}
