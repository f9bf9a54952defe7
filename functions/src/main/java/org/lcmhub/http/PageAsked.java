package org.lcmhub.http;

/**
 * The page a paged route was asked for, read by {@link ApiRequest#page}: {@code limit} null when
 * not given and the route leaves the default to its service; {@code cursor} null for the first page.
 */
public record PageAsked<C>(Integer limit, C cursor) {

    /**
     * A route's page sizes: {@code fallback} when {@code limit} is not given (null: the service's
     * own), else 1 to {@code max}; the field's message for a value that is not a whole number and
     * for one out of bounds (routes word them differently, and a page shows them as they are).
     */
    public record Size(Integer fallback, int max, String notANumber, String outOfBounds) {

        /** One message for both refusals. */
        public static Size of(int fallback, int max, String message) {
            return new Size(fallback, max, message, message);
        }
    }
}
