package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ApiRequest#page}: the one reading of {@code ?limit=&cursor=} the paged routes share. */
class ApiRequestPageTest {
    private static final PageAsked.Size SIZE = new PageAsked.Size(50, 100, "not a number", "out of bounds");
    private static final String BAD_CURSOR = "bad cursor";

    private static PageAsked<Long> page(String limit, String cursor) {
        return page(SIZE, limit, cursor);
    }

    private static PageAsked<Long> page(PageAsked.Size size, String limit, String cursor) {
        Map<String, String> query = new HashMap<>();
        if (limit != null) {
            query.put("limit", limit);
        }
        if (cursor != null) {
            query.put("cursor", cursor);
        }
        var event = APIGatewayV2HTTPEvent.builder().withRawPath("/api/things").withQueryStringParameters(query).build();
        return new ApiRequest(event, Map.of(), new byte[0]).page(size, Long::valueOf, BAD_CURSOR);
    }

    private static Map<String, String> refused(String limit, String cursor) {
        ApiException e = catchThrowableOfType(() -> page(limit, cursor), ApiException.class);
        assertThat(e).as("limit=%s cursor=%s", limit, cursor).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("validation_failed");
        return e.fields();
    }

    @Test
    void missingIsTheRoutesDefaultAndTheFirstPage() {
        assertThat(page(null, null)).isEqualTo(new PageAsked<>(50, null));
        assertThat(page(new PageAsked.Size(null, 100, "n", "b"), null, null)).isEqualTo(new PageAsked<Long>(null, null));
    }

    @Test
    void aWholeNumberWithinBoundsAndAGoodCursorAreRead() {
        assertThat(page("1", "42")).isEqualTo(new PageAsked<>(1, 42L));
        assertThat(page("100", null)).isEqualTo(new PageAsked<Long>(100, null));
    }

    @Test
    void tooSmallIsOutOfBounds() {
        assertThat(refused("0", null)).containsExactly(Map.entry("limit", "out of bounds"));
        assertThat(refused("-3", null)).containsExactly(Map.entry("limit", "out of bounds"));
    }

    @Test
    void tooLargeIsOutOfBounds() {
        assertThat(refused("101", null)).containsExactly(Map.entry("limit", "out of bounds"));
    }

    @Test
    void notANumberSaysSo() {
        for (String bad : new String[] {"x", "", " 5", "1e9", "5.0", "+5", "\u0665"}) {
            assertThat(refused(bad, null)).as(bad).containsExactly(Map.entry("limit", "not a number"));
        }
    }

    @Test
    void aNumberTooHugeForAnIntIsNotANumberAndNeverAnError() {
        for (String huge : new String[] {"2147483648", "99999999999", "999999999999999999999", "-2147483649"}) {
            assertThat(refused(huge, null)).as(huge).containsExactly(Map.entry("limit", "not a number"));
        }
    }

    @Test
    void aCursorTheRouteCannotReadIsRefusedWithTheLimitsRefusalInOneAnswer() {
        assertThat(refused(null, "abc")).containsExactly(Map.entry("cursor", BAD_CURSOR));
        assertThat(refused("0", "abc")).containsExactly(Map.entry("limit", "out of bounds"), Map.entry("cursor", BAD_CURSOR));
    }
}
