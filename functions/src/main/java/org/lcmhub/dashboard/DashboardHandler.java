package org.lcmhub.dashboard;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.cohort.CohortErrors;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.dashboard.store.dynamodb.DynamoCohortRecords;
import org.lcmhub.dashboard.store.dynamodb.DynamoFiguresCache;
import org.lcmhub.dashboard.store.dynamodb.DynamoLearnerPage;
import org.lcmhub.dashboard.store.dynamodb.DynamoMentorDirectory;
import org.lcmhub.domain.Language;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.PageAsked;
import org.lcmhub.http.Router;
import org.lcmhub.matching.Wording;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Gsi1;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The LCM dashboard of a cohort, for its LCM team only (StaffJwt): {@code GET .../dashboard}
 * (figures and the watch list), {@code GET .../export.csv} (one row per enrolled learner) and
 * {@code POST .../learners/{learnerId}/notes}.
 */
public class DashboardHandler extends ApiHandler {
    private static final String CSV = "text/csv; charset=utf-8";
    private final DashboardService service;

    /** Used by Lambda. */
    public DashboardHandler() {
        this(Dynamo.client(), Dynamo.tableName(), null, Clock.systemUTC());
    }

    /** {@code pageSize}: items per query page when reading the cohort (null: DynamoDB's own pages). */
    public DashboardHandler(DynamoDbClient dynamo, String table, Integer pageSize, Clock clock) {
        this(service(new Gsi1(dynamo, table, pageSize), clock));
    }

    public DashboardHandler(DashboardService service) {
        this.service = service;
    }

    /** The cohort's records and plans are read through one index reader, with one page size. */
    private static DashboardService service(Gsi1 index, Clock clock) {
        DynamoDbClient dynamo = index.dynamo();
        String table = index.table();
        return new DashboardService(new DynamoCohortStore(dynamo, table), new DynamoCohortRecords(index),
                new DynamoNoteStore(dynamo, table), new DynamoMentorDirectory(dynamo, table, new DynamoMentorStore(dynamo, table)), clock,
                new DynamoPlanStore(index), new DynamoFiguresCache(dynamo, table), new DynamoLearnerPage(dynamo, table));
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/cohorts/{cohortId}/dashboard", r -> guarded(() -> ApiResponse.ok(contactsNamed(DashboardPages.asked(r)
                ? DashboardPages.view(r, service)
                : view(service.dashboard(StaffClaims.lcm(r), r.pathParameter("cohortId")), r.reader()), r.pathParameter("cohortId")))));
        router.get("/api/cohorts/{cohortId}/export.csv", r -> guarded(() -> csv(r)));
        router.post("/api/cohorts/{cohortId}/learners/{learnerId}/notes", r -> guarded(() -> note(r)));
        router.get("/api/cohorts/{cohortId}/learners/{learnerId}/notes", r -> guarded(() -> notes(r)));
    }

    /**
     * Without {@code ?lang=}, the file for scripts (codes, the reasons in the cohort's language); with
     * it (the dashboard asks in its reader's), the file for that reader, named after the cohort, its start and the reader's language.
     */
    private ApiResponse csv(ApiRequest request) {
        // Access first: one who may not read the cohort hears so, whatever else they asked.
        DashboardService.Export d = service.export(StaffClaims.lcm(request), request.pathParameter("cohortId"));
        String lang = request.queryParameter("lang");
        if (lang == null) {
            return ApiResponse.text(200, CSV, CohortCsv.forScripts(d.learners(), d.cohort().language()))
                    .withHeader("Content-Disposition", CohortCsv.attachment(d.cohort().cohortId()));
        }
        Language reader = Language.parse(lang).orElseThrow(() -> ApiException.validation(Map.of("lang", Language.ERROR)));
        // Who recorded each contact with a silent learner, as the card says it: a few reads, one per learner contacted this week.
        Map<String, String> by = service.contactAuthors().of(d.cohort().cohortId(), d.learners());
        return ApiResponse.text(200, CSV, CohortCsv.forReader(d.learners(), reader, by))
                .withHeader("Content-Disposition", CohortCsv.attachment(
                        CohortCsv.readerFileName(CohortNames.title(d.cohort(), reader), d.cohort().startDate(), reader)))
                .withHeader("Content-Language", reader.code());
    }

    private ApiResponse note(ApiRequest request) {
        var lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        String text = f.text("text");
        Boolean contact = f.bool("contact");
        f.throwIfInvalid();
        Note n = service.addNote(lcm, request.pathParameter("cohortId"), request.pathParameter("learnerId"), text, contact);
        return ApiResponse.created(note(n));
    }

    private ApiResponse notes(ApiRequest request) {
        var lcm = StaffClaims.lcm(request);
        // The cursor is the store's to read: it answers a bad one in the service's words.
        PageAsked<String> asked = request.page(new PageAsked.Size(null, DashboardService.NOTES_PAGE_MAX,
                "Give a whole number of notes.", "Ask for 1 to " + DashboardService.NOTES_PAGE_MAX + " notes."),
                cursor -> cursor, null);
        NoteStore.Page page = service.notes(lcm, request.pathParameter("cohortId"), request.pathParameter("learnerId"),
                asked.cursor(), asked.limit());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notes", page.notes().stream().map(DashboardHandler::note).toList());
        body.put("next", page.next());
        return ApiResponse.ok(body);
    }

    /**
     * A contacted silent learner's card says who of the team recorded the contact ({@code params.by}),
     * read at each answer, as a snapshot's figures may be older than the note: a few reads, one per
     * learner contacted this week.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> contactsNamed(Map<String, Object> v, String cohortId) {
        for (Object o : (List<Object>) v.getOrDefault("atRisk", List.of())) {
            Map<String, Object> row = (Map<String, Object>) o;
            if (!(row.get("contacted") instanceof Map<?, ?> contacted) || !(contacted.get("params") instanceof Map<?, ?> params)) {
                continue;
            }
            String date = String.valueOf(params.get("date"));
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("date", date);
            named.put("by", service.contactRecordedBy(cohortId, String.valueOf(row.get("learnerId")), java.time.LocalDate.parse(date)));
            row.put("contacted", Map.of("code", "contacted", "params", named));
        }
        return v;
    }

    static Map<String, Object> note(Note n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", n.learnerId());
        body.put("text", n.text());
        body.put("contact", n.contact());
        body.put("author", n.authorSub());
        body.put("authorEmail", n.authorEmail());
        body.put("authorName", n.authorName());
        body.put("createdAt", n.createdAt().toString());
        return body;
    }

    private static ApiResponse guarded(Supplier<ApiResponse> action) {
        try {
            return CohortErrors.asTeam(action);
        } catch (NoteStore.NotInCohort e) {
            throw ApiException.notFound("No such learner in this cohort.");
        }
    }

    /** The dashboard, the cohort's title in {@code reader}'s language, the page's (null: as stored). */
    static Map<String, Object> view(DashboardService.Dashboard d, Language reader) {
        CohortKpis k = d.kpis();
        Language language = d.cohort().language();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("cohortId", d.cohort().cohortId());
        v.put("title", CohortNames.title(d.cohort(), reader));
        v.put("language", language.code());
        v.put("enrolled", k.enrolled());
        v.put("active", k.active());
        v.put("droppedOut", k.droppedOut());
        v.put("succeeded", k.succeeded());
        v.put("dropoutRate", k.dropoutRate());
        v.put("successRate", k.successRate());
        v.put("checkInRateThisWeek", k.checkInRateThisWeek());
        v.put("checkedInThisWeek", k.checkedInThisWeek());
        v.put("expectedThisWeek", k.expectedThisWeek());
        // The week's check-ins are due by its Sunday: the page says how far the week is, so a share
        // counted on Monday morning reads as a start, not as a bad figure.
        CohortCharts.WeekRate week = d.charts().thisWeek();
        v.put("checkInsDueBy", week == null ? null : week.week().monday().plusDays(6).toString());
        v.put("averagePace", k.averagePace());
        List<Map<String, Object>> atRisk = k.atRisk().stream().map(l -> standing(l, language)).toList();
        v.put("atRisk", atRisk);
        // Every enrolled learner, for the detail panel; the address is for the cohort's team only.
        v.put("learners", learnerRows(d.learners(), d.enrolled(), d.checkIns(), language));
        v.put("withoutMentor", d.withoutMentor().stream().map(w -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("learnerId", w.learnerId());
            row.put("name", w.name());
            row.put("reasons", w.reasons().stream().map(r -> {
                Map<String, Object> reason = Wording.view(r);
                reason.put("text", Wording.text(r, language));
                return reason;
            }).toList());
            return row;
        }).toList());
        v.put("withoutMentorGroups", groups(d.withoutMentor()));
        v.put("charts", charts(d.charts()));
        return v;
    }

    /** Enrolled learners' rows: their verdict, address, language, zone and check-ins (newest first). */
    static List<Map<String, Object>> learnerRows(List<LearnerStanding> standings, List<org.lcmhub.learner.Learner> enrolled,
                                                 List<org.lcmhub.checkin.model.WeeklyCheckIn> all, Language language) {
        Map<String, org.lcmhub.learner.Learner> byId = new java.util.HashMap<>();
        enrolled.forEach(l -> byId.put(l.learnerId(), l));
        Map<String, List<org.lcmhub.checkin.model.WeeklyCheckIn>> checkIns = new java.util.HashMap<>();
        all.forEach(c -> checkIns.computeIfAbsent(c.learnerId(), id -> new java.util.ArrayList<>()).add(c));
        return standings.stream().map(l -> {
            Map<String, Object> row = standing(l, language);
            org.lcmhub.learner.Learner who = byId.get(l.learnerId());
            row.put("email", who == null ? null : who.email());
            row.put("language", who == null ? null : who.language().code());
            row.put("timezone", who == null ? null : who.timezone());
            row.put("checkedInThisWeek", l.checkedInThisWeek());
            row.put("checkIns", checkIns.getOrDefault(l.learnerId(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(org.lcmhub.checkin.model.WeeklyCheckIn::week).reversed())
                    .map(DashboardHandler::checkIn).toList());
            return row;
        }).toList();
    }

    /** One learner's verdict; the reasons as codes with figures (and a sentence in the cohort's language). */
    private static Map<String, Object> standing(LearnerStanding l, Language language) {
        Assessment a = l.assessment();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("learnerId", l.learnerId());
        row.put("name", l.name());
        row.put("level", a.level().wire());
        row.put("silentNow", a.silentNow());
        row.put("status", a.status());
        row.put("score", a.score());
        row.put("outcome", a.outcome().wire());
        row.put("week", a.week());
        // Where the learner's own weeks start on the cohort's: the page says when a late joiner joined.
        row.put("startDate", l.startDate() == null ? null : l.startDate().toString());
        row.put("firstWeek", l.firstWeek());
        row.put("progress", a.progress());
        row.put("pace", a.pace());
        row.put("reasons", CheckInViews.reasons(a, language));
        row.put("lastCheckInWeek", l.lastCheckInWeek() == null ? null : IsoWeek.of(l.lastCheckInWeek()).toString());
        row.put("lastCheckIn", l.lastCheckInWeek() == null ? null : l.lastCheckInWeek().toString());
        row.put("mentor", l.mentor() == null ? null : mentor(l.mentor()));
        // A code with its date, which the page words in its reader's language.
        row.put("contacted", l.contactedOn() == null ? null
                : Map.of("code", "contacted", "params", Map.of("date", l.contactedOn().toString())));
        return row;
    }

    /**
     * The learners without a mentor grouped by their first reason (code and figures), largest group
     * first: a page shows each reason once with the names under it.
     */
    static List<Map<String, Object>> groups(List<DashboardService.WithoutMentor> without) {
        Map<org.lcmhub.matching.model.Reason, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (DashboardService.WithoutMentor w : without) {
            org.lcmhub.matching.model.Reason first = w.reasons().isEmpty()
                    ? org.lcmhub.matching.model.Reason.of("no-shared-hour") : w.reasons().get(0);
            groups.computeIfAbsent(first, k -> new java.util.ArrayList<>())
                    .add(Map.of("learnerId", w.learnerId(), "name", w.name() == null ? "" : w.name()));
        }
        return groups.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .map(e -> {
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("reason", Wording.view(e.getKey()));
                    g.put("learners", e.getValue());
                    return g;
                }).toList();
    }

    private static Map<String, Object> checkIn(org.lcmhub.checkin.model.WeeklyCheckIn c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("week", c.week().toString());
        v.put("weekOf", c.week().monday().toString());
        v.put("progress", c.progress());
        v.put("mood", c.mood());
        v.put("hoursSpent", c.hoursSpent());
        v.put("needHelp", c.needHelp());
        v.put("blockers", c.blockers());
        // What the learner wrote to the team with the check-in ("Anything else for your LCM?").
        v.put("message", c.message());
        return v;
    }

    private static Map<String, Object> mentor(LearnerStanding.Mentor m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("mentorId", m.mentorId());
        v.put("name", m.name());
        return v;
    }

    private static Map<String, Object> charts(CohortCharts c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("progress", c.progress().stream().map(p -> Map.of("learnerId", p.learnerId(), "week", p.week(),
                "progress", p.progress(), "expected", p.expected())).toList());
        v.put("checkInRate", c.checkInRate().stream().map(w -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", w.week().toString());
            row.put("rate", w.rate());
            row.put("submitted", w.submitted());
            row.put("expected", w.expected());
            return row;
        }).toList());
        v.put("mood", c.mood().stream().map(w -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", w.week().toString());
            row.put("mean", w.mean());
            row.put("count", w.count());
            return row;
        }).toList());
        return v;
    }
}
