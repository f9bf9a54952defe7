package org.lcmhub.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;

/**
 * One thing a version of a plan changed against the version before it: the hours a week, the end
 * date, an objective added, changed or removed. Worked out here only: the pages word the list the
 * folder carries (plans.js) and the plan mails word the same list, each sentence the catalogue's
 * {@code plans.change.<code>}, so a report's summary and the mail of the same change never differ.
 * {@code params}: numbers, ISO dates and status codes, worded by the reader.
 */
public record PlanChange(String code, Map<String, Object> params) {
    public static final String HOURS = "hours";
    public static final String END = "end";
    public static final String ADDED = "added";
    public static final String OBJECTIVE = "objective";
    public static final String REMOVED = "removed";

    public PlanChange {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** What {@code now} changed against {@code before}, in the order the pages list it; empty when nothing. */
    public static List<PlanChange> between(PersonalPlan before, PersonalPlan now) {
        List<PlanChange> out = new ArrayList<>();
        if (before == null || now == null) {
            return out;
        }
        if (before.weeklyHours() != now.weeklyHours()) {
            out.add(new PlanChange(HOURS, Map.of("from", before.weeklyHours(), "to", now.weeklyHours())));
        }
        if (!before.endDate().equals(now.endDate())) {
            out.add(new PlanChange(END, Map.of("from", before.endDate().toString(), "to", now.endDate().toString())));
        }
        for (Objective o : now.objectives()) {
            Objective old = find(before, o.objectiveId());
            if (old == null || !Objects.equals(old.description(), o.description())
                    || !Objects.equals(old.targetDate(), o.targetDate()) || old.status() != o.status()) {
                out.add(new PlanChange(old == null ? ADDED : OBJECTIVE, Map.of("description", o.description(),
                        "date", o.targetDate().toString(), "status", o.status().wire())));
            }
        }
        for (Objective o : before.objectives()) {
            if (find(now, o.objectiveId()) == null) {
                out.add(new PlanChange(REMOVED, Map.of("description", o.description())));
            }
        }
        return out;
    }

    private static Objective find(PersonalPlan p, String objectiveId) {
        return p.objectives().stream().filter(o -> o.objectiveId().equals(objectiveId)).findFirst().orElse(null);
    }

    /** This change as the pages say it, in {@code language}: dates long, the status in words. */
    public String words(Language language) {
        Map<String, Object> said = new LinkedHashMap<>(params);
        if (END.equals(code)) {
            said.put("from", language.day(java.time.LocalDate.parse((String) params.get("from"))));
            said.put("to", language.day(java.time.LocalDate.parse((String) params.get("to"))));
        }
        if (params.containsKey("date")) {
            said.put("date", language.day(java.time.LocalDate.parse((String) params.get("date"))));
        }
        if (params.containsKey("status")) {
            said.put("status", Catalogue.site().t(language, "plans.status." + params.get("status")));
        }
        return Catalogue.site().t(language, "plans.change." + code, said);
    }

    /** As the folder carries it: the code with its parameters. */
    Map<String, Object> view() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", code);
        v.putAll(params);
        return v;
    }
}
