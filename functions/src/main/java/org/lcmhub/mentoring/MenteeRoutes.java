package org.lcmhub.mentoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.appointments.WaitingProposals;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.auth.StaffDirectory;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.PageAsked;
import org.lcmhub.http.Router;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.mentoring.store.dynamodb.DynamoMentoringStore;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The mentor's side after the match (served by the mentor function, mentor group only):
 * {@code GET /api/mentors/me/mentees?limit=&cursor=} and
 * {@code POST /api/mentors/me/mentees/{learnerId}/release}.
 */
public final class MenteeRoutes {
    static final int DEFAULT_PAGE = 50;
    private final MentoringService service;

    public MenteeRoutes(MentoringService service) {
        this.service = service;
    }

    /**
     * The service over the table, for Lambda (one SDK client shared by the stores). The LCM team is
     * told at the addresses its team items hold (recorded whenever a member acts, and by the digest
     * from the staff pool): no staff directory here, so the mentors' and learners' functions ship
     * no Cognito SDK.
     */
    public static MentoringService service(DynamoDbClient dynamo, String table) {
        return new MentoringService(new DynamoMentoringStore(dynamo, table), new DynamoLearnerStore(dynamo, table),
                new DynamoMentorStore(dynamo, table), new DynamoCohortStore(dynamo, table),
                new DynamoCheckInStore(dynamo, table), new DynamoNoteStore(dynamo, table), Mailers.queue(dynamo, table),
                Clock.systemUTC(), new DynamoCohortStore(dynamo, table)::team, StaffDirectory.NONE)
                .withPlans(new DynamoPlanStore(dynamo, table))
                .withWaiting(new WaitingProposals(new DynamoAppointmentStore(dynamo, table), Clock.systemUTC()));
    }

    public void routes(Router router) {
        router.get("/api/mentors/me/mentees", this::mentees);
        router.post("/api/mentors/me/mentees/{learnerId}/release", this::release);
    }

    private ApiResponse mentees(ApiRequest request) {
        Caller mentor = StaffClaims.mentor(request);
        PageAsked<String> asked = request.page(PageAsked.Size.of(DEFAULT_PAGE, MentoringService.PAGE_MAX,
                "Give a whole number from 1 to " + MentoringService.PAGE_MAX + "."),
                MenteeRoutes::cursor, "Use the \"next\" value of the previous page.");
        MentoringService.Page page = service.mentees(mentor, asked.cursor(), asked.limit());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mentees", page.mentees());
        view.put("next", page.next() == null ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString(page.next().getBytes(StandardCharsets.UTF_8)));
        return ApiResponse.ok(view);
    }

    private ApiResponse release(ApiRequest request) {
        Caller mentor = StaffClaims.mentor(request);
        Fields f = new Fields(request.bodyObject());
        String reason = f.text("reason");
        f.throwIfInvalid();
        try {
            service.release(mentor, request.pathParameter("learnerId"), reason);
        } catch (MentoringService.NotYourMentee e) {
            throw ApiException.notFound("This learner is not your mentee.");
        }
        return ApiResponse.ok(Map.of("released", true));
    }

    /**
     * The cursor is the last learner id of the previous page, base64url; the caller's own partition
     * bounds it. Blank is the first page.
     */
    private static String cursor(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        String id = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
        if (id.isBlank() || id.length() > 200 || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not a learner id");
        }
        return id;
    }
}
