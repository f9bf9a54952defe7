package org.lcmhub.appointments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.pairing.Appointment;

/** The JSON shapes of a 1:1 series and of a session note. */
public final class OneToOneViews {
    private OneToOneViews() {
    }

    /** As {@code GET /api/me} shows it: the schedule only. */
    public static Map<String, Object> schedule(Appointment a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("day", Slot.code(a.day()));
        v.put("time", a.time().toString());
        v.put("durationMinutes", a.durationMinutes());
        v.put("timezone", a.zone().getId());
        v.put("firstDate", a.firstDate().toString());
        v.put("weeks", a.weeks());
        v.put("location", a.location());
        v.put("videoUrl", a.videoUrl());
        v.put("meetings", a.meetings().stream().map(OneToOneViews::meeting).toList());
        return v;
    }

    /** As the mentor sees it, with the series' identity and where to download the invite again. */
    static Map<String, Object> forMentor(Appointment a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("learnerId", a.learnerId());
        v.putAll(schedule(a));
        v.put("uid", a.uid());
        v.put("sequence", a.sequence());
        v.put("updatedAt", a.updatedAt().toString());
        v.put("icsUrl", "/api/mentors/me/mentees/" + a.learnerId() + "/one-to-one.ics");
        return v;
    }

    /** A meeting: {@code start} with the mentor's offset, so a page can show it in any zone. */
    private static Map<String, Object> meeting(Appointment.Meeting m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("planned", m.planned().toString());
        v.put("start", m.start().toOffsetDateTime().toString());
        v.put("status", m.cancelled() ? "cancelled" : m.moved() ? "moved" : "planned");
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
