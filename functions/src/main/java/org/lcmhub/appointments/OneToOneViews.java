package org.lcmhub.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.pairing.Appointment;

/** The JSON shapes of a 1:1 series and of a session note. */
public final class OneToOneViews {
    private OneToOneViews() {
    }

    /**
     * The series with each meeting the learner's last proposal for it (of this series), or null.
     * Every time is also given as the clock reads it in each person's zone ({@code mentorLocal},
     * {@code learnerLocal}: ISO local date-times worked out here): a browser's zone data may be old
     * or differ from the server's (Morocco's offset), and the mails and invites use the server's.
     */
    public static Map<String, Object> schedule(Appointment a, List<Proposal> proposals, ZoneId learnerZone,
                                               Instant now) {
        return schedule(a, proposals, learnerZone, null, now);
    }

    /**
     * As above, with each meeting's {@code mentorLocal} on the mentor's clock now ({@code mentorZone},
     * also given as {@code mentorTimezone}; null: the zone each meeting was set in): a mentor who moved
     * since reads their 1:1s at their new zone's time, and the learner's page names that one.
     */
    public static Map<String, Object> schedule(Appointment a, List<Proposal> proposals, ZoneId learnerZone,
                                               ZoneId mentorZone, Instant now) {
        Map<String, Object> v = new LinkedHashMap<>();
        // The meetings to come as the rule plans them (moved or cancelled since, maybe): {@code from}
        // the first planned date still to come, {@code left} how many. What the mentor's form asks,
        // so sent back as given it keeps every meeting (Replan.rule); the rule's own first date stands
        // for meetings already past. By planned date, not by start: a meeting moved to a later day
        // than the next one's leaves neither {@code from} nor the count to the meeting after it.
        // Meetings kept apart from the rule (held under an earlier one, or moved and kept) count not.
        List<LocalDate> ahead = a.plannedToCome(now);
        LocalDate from = ahead.isEmpty() ? null : ahead.get(0);
        v.put("day", Slot.code(a.day()));
        v.put("time", a.time().toString());
        v.put("durationMinutes", a.durationMinutes());
        v.put("timezone", a.zone().getId());
        v.put("learnerTimezone", learnerZone.getId());
        if (mentorZone != null) {
            v.put("mentorTimezone", mentorZone.getId());
            // The rule on the mentor's clock now, from its next meeting (its first, when over): a
            // mentor who moved reads "every Tuesday at 12:00" where they are, and the form they
            // send back (in their zone now) keeps the meetings where they were.
            ZonedDateTime rule = (from == null ? a.firstDate() : from).atTime(a.time()).atZone(a.zone())
                    .withZoneSameInstant(mentorZone);
            v.put("mentorDay", Slot.code(rule.getDayOfWeek()));
            v.put("mentorTime", rule.toLocalTime().toString());
            v.put("mentorFrom", from == null ? null : rule.toLocalDate().toString());
        }
        // The series' weekday on the learner's clock, from its rule's next meeting (its first, when over).
        v.put("learnerDay", Slot.code(SlotRules.learnerDay(from == null ? a.firstDate() : from, a.time(), a.zone(),
                learnerZone).getDayOfWeek()));
        v.put("firstDate", a.firstDate().toString());
        v.put("weeks", a.weeks());
        v.put("from", from == null ? null : from.toString());
        v.put("left", ahead.size());
        v.put("location", a.location());
        v.put("videoUrl", a.videoUrl());
        // The meeting under way: begun, so not among those to come ({@code left}), nor over yet;
        // the pages say it as such, until its end on each clock, and name the following one next.
        Appointment.Meeting on = a.underWay(now);
        v.put("underWay", on == null ? null : underWay(on, a.durationMinutes(), mentorZone, learnerZone));
        v.put("meetings", a.meetings().stream().map(m -> meeting(a, m, mentorZone, learnerZone, proposals.stream()
                .filter(p -> p.uid().equals(a.uid()) && p.planned().equals(m.planned())).findFirst()
                .map(p -> proposal(p, mentorZone == null ? a.zone() : mentorZone, learnerZone, now)).orElse(null)))
                .toList());
        return v;
    }

    /**
     * As the mentor sees it, with the series' identity and where to download the invite again; its
     * times on the mentor's clock now ({@code mentorZone}, their profile's), as the learner's page
     * says them, whatever zone the series was set in.
     */
    static Map<String, Object> forMentor(Appointment a, List<Proposal> proposals, ZoneId learnerZone, ZoneId mentorZone,
                                         Instant now) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("learnerId", a.learnerId());
        v.putAll(schedule(a, proposals, learnerZone, mentorZone, now));
        v.put("uid", a.uid());
        v.put("sequence", a.sequence());
        v.put("updatedAt", a.updatedAt().toString());
        v.put("icsUrl", "/api/mentors/me/mentees/" + a.learnerId() + "/one-to-one.ics");
        LocalDate last = a.lastBegun(now);
        v.put("lastMeeting", last == null ? null : last.toString());
        return v;
    }

    /** A series not saved yet ({@code POST .../one-to-one/preview}): each meeting of its rule on both clocks. */
    static Map<String, Object> preview(Appointment a, ZoneId learnerZone) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("timezone", a.zone().getId());
        v.put("learnerTimezone", learnerZone.getId());
        // More than asked when more are already held: the series keeps them, and the page says so.
        v.put("weeks", a.weeks());
        v.put("meetings", a.meetings().stream().map(m -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", m.start().toOffsetDateTime().toString());
            x.putAll(locals(m.start(), a.zone(), learnerZone));
            // A moved meeting the change keeps apart from the new rule: not one of the times asked.
            x.put("apart", !a.ofRule(m));
            return x;
        }).toList());
        return v;
    }

    /** A meeting: {@code start} with the mentor's offset, and its local time for each of the pair. */
    private static Map<String, Object> meeting(Appointment a, Appointment.Meeting m, ZoneId mentorZone, ZoneId learnerZone,
                                               Map<String, Object> proposal) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("planned", m.planned().toString());
        v.put("start", m.start().toOffsetDateTime().toString());
        v.putAll(locals(m.start(), mentorZone == null ? m.start().getZone() : mentorZone, learnerZone));
        v.put("status", m.cancelled() ? "cancelled" : m.moved() ? "moved" : "planned");
        // Kept apart from the weekly rule when it changed: besides the meetings the rule counts.
        v.put("apart", !a.ofRule(m));
        // Where a moved meeting of the rule was planned, on each clock: the pages say "moved from … to …".
        // One kept apart has no rule time left to name.
        v.put("was", m.moved() && a.ofRule(m)
                ? locals(m.planned().atTime(a.time()).atZone(a.zone()), mentorZone == null ? a.zone() : mentorZone,
                        learnerZone) : null);
        v.put("proposal", proposal);
        return v;
    }

    /** The meeting under way: its planned date, its start, and its end ({@code until}) on each clock. */
    private static Map<String, Object> underWay(Appointment.Meeting m, int minutes, ZoneId mentorZone, ZoneId learnerZone) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("planned", m.planned().toString());
        v.put("start", m.start().toOffsetDateTime().toString());
        v.put("until", locals(m.start().plusMinutes(minutes), mentorZone == null ? m.start().getZone() : mentorZone,
                learnerZone));
        return v;
    }

    /** {@code mentorLocal} and {@code learnerLocal}: {@code start} on each person's clock ("2026-12-10T19:00"). */
    static Map<String, Object> locals(ZonedDateTime start, ZoneId mentorZone, ZoneId learnerZone) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("mentorLocal", start.withZoneSameInstant(mentorZone).toLocalDateTime().toString());
        v.put("learnerLocal", start.withZoneSameInstant(learnerZone).toLocalDateTime().toString());
        return v;
    }

    /**
     * A proposal: {@code start} with the learner's offset, and its local time for each of the pair.
     * One still open whose time is not after {@code now} is {@code passed}: nobody can accept it any more.
     */
    static Map<String, Object> proposal(Proposal p, ZoneId mentorZone, ZoneId learnerZone, Instant now) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("planned", p.planned().toString());
        v.put("start", p.start().toOffsetDateTime().toString());
        v.putAll(locals(p.start(), mentorZone, learnerZone));
        v.put("message", p.message());
        v.put("status", p.passed(now) ? PASSED : p.status().wire());
        v.put("reply", p.reply());
        v.put("proposedAt", p.proposedAt().toString());
        v.put("answeredAt", p.answeredAt() == null ? null : p.answeredAt().toString());
        return v;
    }

    /** The status of an open proposal whose time has passed. */
    static final String PASSED = "passed";

    static Map<String, Object> session(SessionNote n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sessionId", n.sessionId());
        v.put("date", n.date().toString());
        v.put("text", n.text());
        v.put("createdAt", n.createdAt().toString());
        return v;
    }

    /** A note as the team reads it, with its mentor's name when known. */
    static Map<String, Object> session(SessionNote n, String mentorName) {
        Map<String, Object> v = session(n);
        if (mentorName != null) {
            v.put("mentorName", mentorName);
        }
        return v;
    }
}
