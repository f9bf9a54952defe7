package org.lcmhub.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.domain.InvalidInput;

/** Checks a proposal of another time and the mentor's reply, one message per bad field. */
final class ProposalRules {
    static final int MESSAGE_MAX = 500;
    /** How far ahead a learner may propose: a 1:1 is moved within weeks, not months. */
    static final int DAYS_AHEAD_MAX = 60;

    private ProposalRules() {
    }

    /** The proposed start in the learner's {@code zone}: later than {@code now}, within {@link #DAYS_AHEAD_MAX} days. */
    static ZonedDateTime start(String date, String time, String message, ZoneId zone, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = date == null ? null : SlotRules.date(date);
        LocalTime at = time != null && SlotRules.TIME.matcher(time).matches() ? LocalTime.parse(time) : null;
        if (day == null) {
            errors.put("date", "Give the date as yyyy-MM-dd.");
        }
        if (at == null) {
            errors.put("time", "Give the time as HH:mm, in your time zone.");
        }
        ZonedDateTime start = day == null || at == null ? null : day.atTime(at).atZone(zone);
        if (start != null && !start.toInstant().isAfter(now)) {
            errors.put("date", "Propose a time still to come.");
        } else if (start != null && start.toInstant().isAfter(now.plusSeconds(DAYS_AHEAD_MAX * 86_400L))) {
            errors.put("date", "Propose a time within the next " + DAYS_AHEAD_MAX + " days.");
        }
        String problem = textProblem(message);
        if (problem != null) {
            errors.put("message", problem);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return start;
    }

    /** A message or reply: optional, at most {@link #MESSAGE_MAX} characters, lines but no control characters. */
    static String textProblem(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MESSAGE_MAX) {
            return "At most " + MESSAGE_MAX + " characters.";
        }
        boolean control = text.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n')
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || Character.getType(c) == Character.FORMAT);
        return control ? "Write plain text, without control characters." : null;
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
