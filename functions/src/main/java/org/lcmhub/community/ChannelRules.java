package org.lcmhub.community;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.TimeZones;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;

/** What a channel must be before it is kept: a known kind, a short label, an https address, a real weekly slot. */
public final class ChannelRules {
    public static final int MAX_LABEL = 80;
    public static final int MAX_URL = 500;

    private ChannelRules() {
    }

    /** The fields an LCM sends for a new channel, before validation. */
    public record Input(String kind, String label, String url, String day, String time, String timezone,
                        Integer durationMinutes) {
    }

    /** A valid channel of {@code cohortId}, or {@link InvalidInput} naming every field at fault. */
    public static Channel check(String cohortId, String channelId, Input in, java.time.Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        ChannelKind kind = ChannelKind.of(in.kind());
        if (kind == null) {
            errors.put("kind", "Choose the kind of place.");
        }
        String label = in.label() == null ? "" : in.label().strip();
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            errors.put("label", "Give a name of 1 to " + MAX_LABEL + " characters.");
        }
        String url = in.url() == null ? "" : in.url().strip();
        if (!httpsAddress(url)) {
            errors.put("url", "Give the full https:// address of the place.");
        }
        Channel.GroupCall call = null;
        if (kind == ChannelKind.CALL) {
            call = call(in, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Channel(cohortId, channelId, kind, label, url, call, now);
    }

    private static Channel.GroupCall call(Input in, Map<String, String> errors) {
        if (in.day() == null || Weekdays.day(in.day()) == null) {
            errors.put("day", "Choose the day of the call.");
        }
        LocalTime time = null;
        try {
            time = in.time() == null ? null : LocalTime.parse(in.time());
        } catch (DateTimeParseException e) {
            time = null;
        }
        if (time == null || time.getSecond() != 0) {
            errors.put("time", "Give the time as hours and minutes, e.g. 18:30.");
        }
        if (in.timezone() == null || !TimeZones.isRegionZone(in.timezone())) {
            errors.put("timezone", TimeZones.ERROR);
        }
        int minutes = in.durationMinutes() == null ? 60 : in.durationMinutes();
        if (minutes < 15 || minutes > 240) {
            errors.put("durationMinutes", "A call lasts 15 to 240 minutes.");
        }
        return time == null ? null : new Channel.GroupCall(in.day(), time.toString(), in.timezone(), minutes);
    }

    /** An absolute https address with a host and no user part; a chat link a learner can open. */
    static boolean httpsAddress(String url) {
        if (url.isEmpty() || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isBlank() && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
