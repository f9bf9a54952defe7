package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.TeamVisits;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.signup.store.dynamodb.DynamoRateLimits;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * An LCM who uses only the guides page: its first call, the list of guides, records the page's
 * language on each of their team items, so the daily digest and every team mail go out in the
 * language they read; through the real SDK, written only where it changed.
 */
@ExtendWith(MotoExtension.class)
class GuidesPageLanguageIT {

    private static Cohort cohort(DynamoCohortStore store, String sub, Language language) {
        String id = "c-" + UUID.randomUUID().toString().substring(0, 8);
        Cohort cohort = new Cohort(id, "python-8-weeks", "Cohort " + id, language, LocalDate.now().plusDays(30), 8, 20,
                true, 0, 0, Set.of(sub), Instant.now());
        store.create(cohort, "lea@example.org");
        return cohort;
    }

    private static APIGatewayV2HTTPEvent guides(String sub, String acceptLanguage) {
        APIGatewayV2HTTPEvent event = Fixtures.jsonEvent("GET", "/api/guides/sets",
                Map.of("sub", sub, "email", "lea@example.org", "cognito:groups", "[lcm]"), null, null);
        event.setHeaders(acceptLanguage == null ? Map.of() : Map.of("accept-language", acceptLanguage));
        return event;
    }

    private static Language mailLanguage(CohortStore store, Cohort cohort, String sub) {
        return store.team(cohort.cohortId()).stream().filter(m -> m.sub().equals(sub)).findFirst().orElseThrow()
                .mailLanguage(cohort);
    }

    @Test
    void theGuidesListRecordsThePagesLanguageOnEveryTeamOfTheLcmOnlyWhereItChanged(Moto moto) {
        String sub = "lcm-" + UUID.randomUUID();
        DynamoCohortStore store = new DynamoCohortStore(moto.dynamo(), moto.table());
        Cohort english = cohort(store, sub, Language.EN);
        Cohort other = cohort(store, sub, Language.EN);
        AtomicInteger updates = new AtomicInteger();
        ExecutionInterceptor watch = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof UpdateItemRequest) {
                    updates.incrementAndGet();
                }
            }
        };
        try (DynamoDbClient watched = moto.newClient(watch)) {
            Clock clock = Clock.systemUTC();
            GuidesHandler handler = new GuidesHandler(new GuideService(new DynamoGuideStore(watched, moto.table()), clock),
                    new GuideImages(new DynamoGuideImageStore(watched, moto.table()), clock),
                    new DynamoRateLimits(watched, moto.table()), clock)
                    .withVisits(new TeamVisits(new DynamoCohortStore(watched, moto.table())));

            // Before: her team mails follow the cohorts' language, English, while she reads French.
            assertThat(mailLanguage(store, english, sub)).isEqualTo(Language.EN);
            assertThat(handler.handleRequest(guides(sub, "fr-FR,fr;q=0.9"), null).getStatusCode()).isEqualTo(200);
            assertThat(mailLanguage(store, english, sub)).isEqualTo(Language.FR);
            assertThat(mailLanguage(store, other, sub)).isEqualTo(Language.FR);
            assertThat(updates.get()).as("one write a team, the first time").isEqualTo(2);

            // The page opened again, or by a script that says no language: nothing written.
            handler.handleRequest(guides(sub, "fr"), null);
            handler.handleRequest(guides(sub, null), null);
            assertThat(updates.get()).as("nothing changed, nothing written").isEqualTo(2);

            handler.handleRequest(guides(sub, "en-GB"), null);
            assertThat(mailLanguage(store, other, sub)).isEqualTo(Language.EN);
            assertThat(updates.get()).isEqualTo(4);
        }
    }
}
