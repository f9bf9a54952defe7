package org.lcmhub.places;

import java.time.Instant;

/**
 * A place where a cohort talks or works together: a chat, shared documents, or the weekly group
 * video call ({@code call} set only for that kind). Enrolled learners and the LCM team see it; the
 * public never does.
 */
public record Channel(String cohortId, String channelId, ChannelKind kind, String label, String url, GroupCall call,
                      Instant createdAt) {

    /** The weekly call: its day ({@code mon}…{@code sun}), start time and length in its time zone. */
    public record GroupCall(String day, String time, String timezone, int durationMinutes) {
    }
}
