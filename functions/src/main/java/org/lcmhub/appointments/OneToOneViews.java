package org.lcmhub.appointments;

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

    /** As {@code GET /api/me} shows it: the schedule only. */
    public static Map<String, Object> schedule(Appointment a) {
        return schedule(a, List.of());
    }

    /** With each meeting the learner's last proposal for it (of this series), or null. */
    public static Map<String, Object> schedule(Appointment a, List<Proposal> proposals) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("day", Slot.code(a.day()));
        v.put("time", a.time().toString());
        v.put("durationMinutes", a.durationMinutes());
        v.put("timezone", a.zone().getId());
        v.put("firstDate", a.firstDate().toString());
        v.put("weeks", a.weeks());
        v.put("location", a.location());
        v.put("videoUrl", a.videoUrl());
        v.put("meetings", a.meetings().stream().map(m -> meeting(m, proposals.stream()
                .filter(p -> p.uid().equals(a.uid()) && p.planned().equals(m.planned())).findFirst().orElse(null)))
                .toList());
        return v;
    }

    /** As the mentor sees it, with the series' identity and where to download the invite again. */
    static Map<String, Object> forMentor(Appointment a, List<Proposal> proposals) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("learnerId", a.learnerId());
        v.putAll(schedule(a, proposals));
        v.put("uid", a.uid());
        v.put("sequence", a.sequence());
        v.put("updatedAt", a.updatedAt().toString());
        v.put("icsUrl", "/api/mentors/me/mentees/" + a.learnerId() + "/one-to-one.ics");
        return v;
    }

    /** A meeting: {@code start} with the mentor's offset, so a page can show it in any zone. */
    private static Map<String, Object> meeting(Appointment.Meeting m, Proposal p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("planned", m.planned().toString());
        v.put("start", m.start().toOffsetDateTime().toString());
        v.put("status", m.cancelled() ? "cancelled" : m.moved() ? "moved" : "planned");
        v.put("proposal", p == null ? null : proposal(p));
        return v;
    }

    /** A proposal: {@code start} with the learner's offset, for each page to show in its reader's zone. */
    static Map<String, Object> proposal(Proposal p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("planned", p.planned().toString());
        v.put("start", p.start().toOffsetDateTime().toString());
        v.put("message", p.message());
        v.put("status", p.status().wire());
        v.put("reply", p.reply());
        v.put("proposedAt", p.proposedAt().toString());
        v.put("answeredAt", p.answeredAt() == null ? null : p.answeredAt().toString());
        return v;
    }

    static Map<String, Object> session(SessionNote n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sessionId", n.sessionId());
        v.put("date", n.date().toString());
        v.put("text", n.text());
        v.put("createdAt", n.createdAt().toString());
        return v;
    }
}
