package org.lcmhub.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Collator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.auth.StaffInvitations;
import org.lcmhub.auth.cognito.CognitoStaffInvitations;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoSeats;
import org.lcmhub.domain.Language;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.PageAsked;
import org.lcmhub.http.Router;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.places.WelcomePlaces;
import org.lcmhub.places.store.dynamodb.DynamoPlaceStore;
import org.lcmhub.risk.RiskPolicy;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Env;

/**
 * {@code GET /api/cohorts?pathId=} (public: open cohorts with seats left), and for LCMs signed in
 * through the API's JWT authorizer: {@code POST /api/cohorts}, {@code GET /api/cohorts/mine},
 * {@code GET|PATCH /api/cohorts/{id}}, {@code GET /api/cohorts/{id}/waitlist} (who waits, in order),
 * {@code GET|POST /api/cohorts/{id}/team} (members; a fellow LCM added by email address),
 * {@code DELETE /api/cohorts/{id}/team/{sub}}, {@code GET|PUT /api/cohorts/{id}/risk-policy} (the team's
 * early-warning thresholds), {@code POST /api/mentors/invitations} (an LCM invites a mentor by address).
 */
public class CohortHandler extends ApiHandler {
    /** What GET .../risk-policy answers besides the thresholds: a client may PUT it back as it came. */
    private static final Set<String> POLICY_ECHO = Set.of("cohortId", "custom");
    /** The waitlist's page when none is asked: most cohorts' whole list. */
    private static final int WAITLIST_PAGE = 50;

    private final CohortService service;

    /** Used by Lambda. */
    public CohortHandler() {
        this(service(Dynamo.client(), Dynamo.tableName()));
    }

    /** One SDK client per execution environment, shared by the stores. */
    private static CohortService service(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        return new CohortService(new DynamoCohortStore(dynamo, table), new DynamoSeats(dynamo, table),
                Mailers.queue(dynamo, table), Messages.fromEnv(), Clock.systemUTC(),
                CognitoStaffInvitations.fromEnv(dynamo, table))
                .withPlaces(new WelcomePlaces(new DynamoPlaceStore(dynamo, table), Env.get(Messages.SITE_URL_ENV)));
    }

    public CohortHandler(CohortService service) {
        this.service = service;
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/cohorts", this::listOpen);
        router.post("/api/cohorts", this::create);
        router.get("/api/cohorts/mine", this::mine);
        router.get("/api/cohorts/{cohortId}", r -> {
            Caller lcm = StaffClaims.lcm(r);
            return guarded(() -> ApiResponse.ok(staffView(service.get(lcm, r.pathParameter("cohortId")), lcm, r.reader())));
        });
        router.route("PATCH", "/api/cohorts/{cohortId}", this::update);
        router.get("/api/cohorts/{cohortId}/waitlist", this::waitlist);
        router.get("/api/cohorts/{cohortId}/team", this::team);
        router.post("/api/cohorts/{cohortId}/team", this::addToTeam);
        router.route("DELETE", "/api/cohorts/{cohortId}/team/{memberSub}", this::removeFromTeam);
        router.get("/api/cohorts/{cohortId}/risk-policy", r -> guarded(() -> ApiResponse.ok(policyView(
                r.pathParameter("cohortId"), service.riskPolicy(StaffClaims.lcm(r), r.pathParameter("cohortId"))))));
        router.route("PUT", "/api/cohorts/{cohortId}/risk-policy", this::setRiskPolicy);
        // Here, not with the mentors' own routes: the staff pool (Cognito) is this function's alone.
        router.post("/api/mentors/invitations", this::invite);
    }

    /** An LCM invites a mentor by address ({@code language} of the mail: en or fr, default the page's, else en). */
    private ApiResponse invite(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        String email = f.text("email");
        String name = f.text("name");
        Language language = f.language("language");
        f.throwIfInvalid();
        Language mailIn = language != null ? language : request.reader() != null ? request.reader() : Language.EN;
        StaffInvitations.Invited invited = service.team().inviteMentor(lcm, email, name, mailIn);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("email", invited.email());
        view.put("sub", invited.sub());
        view.put("group", Caller.MENTOR);
        // The name the confirmation shows beside the address (the account's own, else the one given).
        if (invited.name() != null) {
            view.put("name", invited.name());
        }
        return ApiResponse.created(view);
    }

    /** Replaces the thresholds: each given field must be one of them; one left out takes its default. */
    private ApiResponse setRiskPolicy(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        JsonNode body = request.bodyObject();
        Fields f = new Fields(body);
        Map<String, Number> given = new LinkedHashMap<>();
        body.fieldNames().forEachRemaining(name -> {
            if (RiskPolicyRules.isField(name)) {
                Number value;
                if (RiskPolicyRules.isWhole(name)) {
                    value = f.integer(name);
                } else {
                    value = f.decimal(name);
                }
                if (value != null) {
                    given.put(name, value);
                }
            } else if (!POLICY_ECHO.contains(name)) {
                f.reject(name, "is not a threshold; see GET .../risk-policy for their names");
            }
        });
        f.throwIfInvalid();
        String cohortId = request.pathParameter("cohortId");
        return guarded(() -> ApiResponse.ok(policyView(cohortId, service.setRiskPolicy(lcm, cohortId, given))));
    }

    static Map<String, Object> policyView(String cohortId, RiskPolicy policy) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cohortId", cohortId);
        view.put("custom", !policy.equals(RiskPolicy.DEFAULTS));
        view.putAll(RiskPolicyRules.fields(policy));
        return view;
    }

    private ApiResponse listOpen(ApiRequest request) {
        String code = request.queryParameter("language");
        Language language = code == null ? null : Language.parse(code)
                .orElseThrow(() -> ApiException.validation(Map.of("language", Language.ERROR)));
        List<Map<String, Object>> cohorts = service.open(request.queryParameter("pathId"), language).stream()
                // The path page asks in its own language: its reader's, then the cohorts' it lists first.
                .map(c -> publicView(c, request.reader() != null ? request.reader() : language)).toList();
        return ApiResponse.ok(Map.of("cohorts", cohorts));
    }

    /** The cohorts whose LCM team the caller is on, earliest start first. */
    private ApiResponse mine(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        List<Map<String, Object>> cohorts = service.runBy(lcm, request.reader()).stream().map(c -> staffView(c, lcm, request.reader())).toList();
        // Twins (one title, one first day) are told apart on the pages by their teams' names, which
        // the ids of `team` are not: read only for them, the team's records a read each.
        Map<String, Long> alike = cohorts.stream().collect(Collectors.groupingBy(
                CohortHandler::titleAndStart, Collectors.counting()));
        cohorts.stream().filter(v -> alike.get(titleAndStart(v)) > 1).forEach(v -> v.put("teamNames",
                teamNames(service.team().members(lcm, (String) v.get("cohortId")))));
        return ApiResponse.ok(Map.of("cohorts", cohorts));
    }

    private static String titleAndStart(Map<String, Object> view) {
        return view.get("title") + "\n" + view.get("startDate");
    }

    /** The team as its members read each other: names, else addresses, in alphabetical order. */
    static List<String> teamNames(List<CohortStore.TeamMember> team) {
        Collator order = Collator.getInstance(Locale.ROOT);
        return team.stream().map(m -> m.name() != null && !m.name().isBlank() ? m.name() : m.email())
                .filter(Objects::nonNull).sorted(order).toList();
    }

    private ApiResponse create(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        var in = new CohortService.NewCohort(f.text("pathId"), f.text("startDate"), f.integer("weeks"),
                f.integer("seats"), f.text("language"), f.text("title"));
        f.throwIfInvalid();
        return guarded(() -> ApiResponse.created(staffView(service.create(lcm, in), lcm, request.reader())));
    }

    private ApiResponse update(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        var in = new CohortService.Patch(f.text("title"), f.text("startDate"), f.integer("weeks"),
                f.integer("seats"), f.bool("open"));
        f.throwIfInvalid();
        return guarded(() -> {
            CohortService.Changed changed = service.update(lcm, request.pathParameter("cohortId"), in);
            Map<String, Object> view = staffView(changed.cohort(), lcm, request.reader());
            view.put("newDatesMailed", changed.newDatesMailed());
            // Whom the seats added took off the waitlist (each mailed): the page names them.
            view.put("promoted", changed.promoted().stream().map(l -> {
                Map<String, Object> who = new LinkedHashMap<>();
                who.put("learnerId", l.learnerId());
                who.put("name", l.name());
                return who;
            }).toList());
            return ApiResponse.ok(view);
        });
    }

    /**
     * The learners waiting for a seat, in their order, a page at a time ({@code limit} 1–100,
     * default 50; {@code cursor}: the {@code next} of the page before). Their address as the
     * dashboard gives the team an enrolled learner's, to write to them.
     */
    private ApiResponse waitlist(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        PageAsked<Long> asked = request.page(PageAsked.Size.of(WAITLIST_PAGE, CohortService.WAITLIST_PAGE_MAX,
                "Give a whole number from 1 to " + CohortService.WAITLIST_PAGE_MAX + "."),
                CohortHandler::waitlistCursor, "Use the \"next\" value of the previous page.");
        String cohortId = request.pathParameter("cohortId");
        Long after = asked.cursor();
        int size = asked.limit();
        return guarded(() -> {
            CohortService.Waitlist waitlist = service.waitlist(lcm, cohortId, after, size);
            Seats.WaitPage page = waitlist.page();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("cohortId", cohortId);
            // Past its half: a code the cohorts page words, and where those waiting could go instead.
            view.put("noMoreSeats", waitlist.noMoreSeats() == null ? null : waitlist.noMoreSeats().wire());
            view.put("moveTo", waitlist.moveTo() == null ? null : Offers.seatView(waitlist.moveTo(), request.reader()));
            view.put("waiting", page.waiting().stream().map(w -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("position", w.position());
                row.put("learnerId", w.learner().learnerId());
                row.put("name", w.learner().name());
                row.put("email", w.learner().email());
                row.put("language", w.learner().language().code());
                row.put("timezone", w.learner().timezone());
                row.put("since", w.since().toString());
                return row;
            }).toList());
            view.put("next", page.next() == null ? null : page.next().toString());
            return ApiResponse.ok(view);
        });
    }

    /** The waitlist's cursor: the position in line (a sequence number) the previous page ended at. */
    private static Long waitlistCursor(String raw) {
        if (!raw.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("not a waitlist cursor");
        }
        return Long.valueOf(raw);
    }

    /** A sign-in subject as the staff user pool issues them: a UUID. */
    private static final java.util.regex.Pattern SIGN_IN_ID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * {@code {"email"}} (a fellow LCM, invited when new; {@code language} of the mail and their
     * {@code name} optional) or {@code {"sub"}}.
     */
    private ApiResponse addToTeam(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        String email = f.text("email");
        String sub = f.text("sub");
        String name = f.text("name");
        if (sub != null && !(request.bodyObject().get("sub").isTextual() && SIGN_IN_ID.matcher(sub).matches())) {
            f.reject("sub", "must be a staff member's sign-in id (sub), such as 4f1c2b9e-8d3a-4c5e-9f7a-1b2c3d4e5f60");
        }
        Language given = f.language("language");
        f.throwIfInvalid();
        String cohortId = request.pathParameter("cohortId");
        // The page that adds them says which language the newcomer reads first: as given, else its own.
        Language language = given != null ? given : request.reader();
        if (email != null || sub == null) {
            return guarded(() -> ApiResponse.ok(teamView(service.team().add(lcm, cohortId, email, name, language), lcm, request.reader())));
        }
        return guarded(() -> ApiResponse.ok(staffView(service.addToTeam(lcm, cohortId, sub, language), lcm, request.reader())));
    }

    private ApiResponse team(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        String cohortId = request.pathParameter("cohortId");
        return guarded(() -> ApiResponse.ok(Map.of("cohortId", cohortId,
                "members", members(service.team().members(lcm, cohortId), lcm))));
    }

    private ApiResponse removeFromTeam(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        String cohortId = request.pathParameter("cohortId");
        try {
            return guarded(() -> ApiResponse.ok(teamView(
                    service.team().remove(lcm, cohortId, request.pathParameter("memberSub")), lcm, request.reader())));
        } catch (CohortStore.NotAMember e) {
            throw ApiException.notFound("This person is not on the cohort's LCM team.");
        } catch (CohortStore.LastLcm e) {
            throw new ApiException(409, "last_lcm", "A cohort keeps one LCM at least: add another before leaving.");
        }
    }

    /** The cohort for its team, with each member's address (the caller's own marked). */
    private Map<String, Object> teamView(Cohort c, Caller lcm, Language reader) {
        Map<String, Object> view = staffView(c, lcm, reader);
        view.put("members", members(service.team().members(lcm, c.cohortId()), lcm));
        return view;
    }

    private static List<Map<String, Object>> members(List<CohortStore.TeamMember> team, Caller lcm) {
        return team.stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("sub", m.sub());
            member.put("email", m.email());
            member.put("name", m.name());
            member.put("you", m.sub().equals(lcm.sub()));
            return member;
        }).toList();
    }

    private static ApiResponse guarded(java.util.function.Supplier<ApiResponse> action) {
        try {
            return CohortErrors.asTeam(action);
        } catch (CohortStore.SeatsBelowEnrolled e) {
            throw new ApiException(409, "conflict", e.enrolled()
                    + " learners are enrolled: the cohort cannot have fewer seats than that.");
        } catch (CohortStore.NotOffered e) {
            // The codes the cohorts page words, as it words reopenBlockedBy: past_half or ended.
            throw new ApiException(409, e.why().wire().replace('-', '_'), e.why() == Offers.State.ENDED
                    ? "The cohort has ended: its sign-ups cannot be opened again."
                    : "More than half of the cohort has gone by: its sign-ups cannot be opened again.");
        } catch (CohortStore.StartPassed e) {
            // The cohorts page words the code with the day, from the catalogue.
            throw new ApiException(409, "started", "The cohort has begun: its first day cannot change.",
                    Map.of("startDate", "The cohort began on " + e.start() + ": its first day cannot change."),
                    Map.of("start", e.start().toString()));
        } catch (CohortStore.WeeksBegun e) {
            throw new ApiException(409, "weeks_begun", "The cohort cannot be shorter than the weeks it has begun.",
                    Map.of("weeks", "Give " + e.weeksBegun() + " weeks at least: that many have begun."),
                    Map.of("weeksBegun", Integer.toString(e.weeksBegun())));
        } catch (CohortStore.AlreadyExists e) {
            throw ApiException.conflict("A cohort with this id exists already; try again.");
        }
    }

    /** The cohort, its title in {@code reader}'s language when it is its path's (null: as stored). */
    static Map<String, Object> publicView(Cohort c, Language reader) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cohortId", c.cohortId());
        view.put("pathId", c.pathId());
        view.put("title", CohortNames.title(c, reader));
        view.put("language", c.language().code());
        view.put("startDate", c.startDate().toString());
        view.put("endDate", c.endDate().toString());
        view.put("weeks", c.weeks());
        view.put("seats", c.seats());
        view.put("seatsLeft", c.seatsLeft());
        view.put("waitlisted", c.waitlisted());
        view.put("open", c.open());
        return view;
    }

    /**
     * For LCMs of the cohort: adds the team, the offer's state and whether closed sign-ups can be
     * reopened; a non-member LCM gets 403.
     */
    private Map<String, Object> staffView(Cohort c, Caller caller, Language reader) {
        if (!c.isRunBy(caller.sub())) {
            throw new CohortStore.NotOnTeam();
        }
        Map<String, Object> view = publicView(c, reader);
        view.put("enrolled", c.enrolled());
        view.put("offer", service.offer(c).wire());
        // Closed sign-ups: whether reopening them would offer the cohort again, and if not why (a code).
        Offers.State reopened = service.ifReopened(c);
        view.put("canReopen", reopened != null && reopened.offered());
        view.put("reopenBlockedBy", reopened == null || reopened.offered() ? null : reopened.wire());
        view.put("team", c.lcms().stream().sorted().toList());
        // What the edit form needs: the title as stored (in the cohort's language, whatever the
        // reader's), whether the first day may still change and the fewest weeks it may have.
        view.put("storedTitle", c.title());
        view.put("begun", service.hasBegun(c));
        view.put("weeksBegun", service.weeksBegun(c));
        return view;
    }
}
