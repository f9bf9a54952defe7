package org.lcmhub.mentoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.mentor.MentorService;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.ProfileInput;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.store.Dynamo;

/**
 * {@code GET|PUT /api/mentors/me}: a mentor's own profile, and their mentees ({@link MenteeRoutes}),
 * for callers in the {@code mentor} group (the API's JWT authorizer has checked the token; the identity is its claims).
 */
public class MentorHandler extends ApiHandler {
    /** A capacity below the mentees already placed (params {@code placed}: how many). */
    static final String BELOW_PLACED = "below_placed";

    private final MentorService service;
    private final MenteeRoutes mentees;

    /** Used by Lambda. */
    public MentorHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    private MentorHandler(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        this(new MentorService(new DynamoMentorStore(dynamo, table), Clock.systemUTC()),
                MenteeRoutes.service(dynamo, table));
    }

    public MentorHandler(MentorService service, MentoringService mentoring) {
        this.service = service;
        this.mentees = new MenteeRoutes(mentoring);
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/mentors/me", this::get);
        router.route("PUT", "/api/mentors/me", this::put);
        mentees.routes(router);
    }

    /**
     * The caller's profile, {@code saved: true}; a new mentor has none yet, which is a state of their
     * page, not a missing resource: 200 with {@code saved: false} (a 404 would show as an error in
     * the browser's console at every first visit), with the name their sign-in gave, if any.
     */
    private ApiResponse get(ApiRequest request) {
        Caller mentor = StaffClaims.mentor(request);
        Mentor profile = service.profileOf(mentor);
        if (profile == null) {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("mentorId", mentor.sub());
            none.put("saved", false);
            // The name their sign-in gave (an invitation's, locally; the account's on AWS): the form starts with it.
            if (mentor.name() != null) {
                none.put("name", mentor.name());
            }
            return ApiResponse.ok(none);
        }
        return ApiResponse.ok(view(profile));
    }

    private ApiResponse put(ApiRequest request) {
        Caller mentor = StaffClaims.mentor(request);
        JsonNode body = request.bodyObject();
        Fields f = new Fields(body);
        ProfileInput in = new ProfileInput(f.text("name"), strings(body, "paths", f), strings(body, "skills", f),
                strings(body, "languages", f), f.text("timezone"), f.integer("capacity"), slots(body, f),
                f.bool("paused"), f.text("mailLanguage"));
        if (!f.errors().isEmpty()) {
            // Wrongly typed fields, and what else is wrong, in one answer.
            Map<String, String> all = new LinkedHashMap<>(f.errors());
            try {
                service.check(in);
            } catch (InvalidInput e) {
                e.fields().forEach(all::putIfAbsent);
            }
            throw ApiException.validation(all);
        }
        try {
            return ApiResponse.ok(view(service.save(mentor, in)));
        } catch (MentorStore.CapacityBelowAssigned e) {
            // The store's condition refused it; the page marks the capacity field with the number to keep.
            throw new ApiException(409, BELOW_PLACED, e.assigned()
                    + " mentees are placed with you: your capacity cannot be lower than that.",
                    Map.of("capacity", BELOW_PLACED), Map.of("placed", String.valueOf(e.assigned())));
        }
    }

    /** A JSON array of strings, or (from a form) one comma-separated string. */
    private static List<String> strings(JsonNode body, String name, Fields f) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return List.of(node.asText().split(","));
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode v : node) {
                if (!v.isTextual()) {
                    break;
                }
                values.add(v.asText());
            }
            if (values.size() == node.size()) {
                return values;
            }
        }
        f.reject(name, "must be a list of strings");
        return null;
    }

    private static List<ProfileInput.SlotInput> slots(JsonNode body, Fields f) {
        JsonNode node = body.get("availability");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            f.reject("availability", "must be a list of {\"day\",\"from\",\"to\"}");
            return null;
        }
        List<ProfileInput.SlotInput> slots = new ArrayList<>();
        for (JsonNode s : node) {
            slots.add(s.isObject() ? new ProfileInput.SlotInput(s.path("day").asText(null), s.path("from").asText(null),
                    s.path("to").asText(null)) : null);
        }
        return slots;
    }

    static Map<String, Object> view(Mentor m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mentorId", m.sub());
        view.put("saved", true);
        view.put("name", m.name());
        view.put("paths", m.paths());
        view.put("skills", m.skills());
        view.put("languages", m.languages());
        view.put("timezone", m.timezone());
        view.put("capacity", m.capacity());
        view.put("assigned", m.assigned());
        view.put("paused", m.paused());
        view.put("availability", m.availability().stream().map(MentorHandler::slotView).toList());
        // The language the mails are in now (a profile saved before the choice: its first language the
        // hub writes), so the page shows what a save keeps rather than switching it to the page's own.
        view.put("mailLanguage", m.mailLanguage().code());
        view.put("updatedAt", m.updatedAt() == null ? null : m.updatedAt().toString());
        return view;
    }

    private static Map<String, String> slotView(org.lcmhub.mentor.model.Slot s) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("day", s.dayCode());
        view.put("from", s.from().toString());
        view.put("to", s.to().toString());
        return view;
    }
}
