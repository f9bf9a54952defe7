package org.lcmhub.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.Json;
import org.lcmhub.http.PageAsked;

/**
 * {@code GET .../dashboard?limit=&cursor=} or {@code ?learner=}: the dashboard with one page of
 * learners (or one learner) instead of all of them, and {@code next} (the cursor of the following
 * page, null after the last) and {@code figuresAt} (when the figures were computed). The figures
 * are the same as the whole dashboard's, from the cohort's snapshot when it serves.
 */
final class DashboardPages {
    private DashboardPages() {
    }

    static boolean asked(ApiRequest r) {
        return r.queryParameter("limit") != null || r.queryParameter("cursor") != null
                || r.queryParameter("learner") != null;
    }

    static Map<String, Object> view(ApiRequest r, DashboardService service) {
        // The cursor is the store's to read: it answers a bad one in the service's words.
        PageAsked<String> asked = r.page(new PageAsked.Size(null, DashboardService.PAGE_MAX,
                "Give a whole number of learners.", "Ask for 1 to " + DashboardService.PAGE_MAX + " learners."),
                cursor -> cursor, null);
        DashboardService.PagedView p = service.paged(StaffClaims.lcm(r), r.pathParameter("cohortId"),
                asked.cursor(), asked.limit(), r.queryParameter("learner"), DashboardPages::figures);
        Map<String, Object> figures = p.full() != null ? DashboardHandler.view(p.full(), null) : parse(p.figures());
        Map<String, Object> v = new LinkedHashMap<>();
        figures.forEach((key, value) -> {
            v.put(key, value);
            if (key.equals("atRisk")) {
                v.put("learners", p.full() != null ? figures.get("learners")
                        : DashboardHandler.learnerRows(p.learners(), p.enrolled(), p.checkIns(), p.cohort().language()));
            }
        });
        // A snapshot keeps the title as stored: the page reads it in its own language.
        v.computeIfPresent("title", (key, title) -> CohortNames.title(p.cohort(), r.reader()));
        v.put("next", p.next());
        v.put("figuresAt", p.figuresAt().toString());
        return v;
    }

    /** The whole dashboard but its learners, as a snapshot keeps it. */
    static String figures(DashboardService.Dashboard d) {
        Map<String, Object> v = DashboardHandler.view(d, null);
        v.remove("learners");
        try {
            return Json.MAPPER.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The dashboard's figures could not be written", e);
        }
    }

    private static Map<String, Object> parse(String figures) {
        try {
            return Json.MAPPER.readValue(figures, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A snapshot of the dashboard's figures could not be read", e);
        }
    }
}
