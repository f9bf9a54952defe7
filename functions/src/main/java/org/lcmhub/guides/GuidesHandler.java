package org.lcmhub.guides;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.CohortErrors;
import org.lcmhub.cohort.TeamVisits;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.community.CommunityService;
import org.lcmhub.community.ModerationService;
import org.lcmhub.community.store.dynamodb.DynamoChannelStore;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.guides.store.dynamodb.DynamoLcmTeams;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.signup.store.RateLimits;
import org.lcmhub.signup.store.dynamodb.DynamoRateLimits;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code /api/guides/*}: LCMs write, review and publish guides ({@link GuideService});
 * {@code POST /api/guide-suggestions}: anyone suggests one, which lands as a draft.
 */
public class GuidesHandler extends ApiHandler {
    /** Suggestions per client per hour: enough for a person, too few for a script. */
    public static final int SUGGESTIONS_PER_HOUR = 5;
    private final GuideService service;
    private final GuideImages images;
    private final RateLimits limits;
    private final Clock clock;
    private FaqDrafts faqDrafts;
    private GuideNotices notices;
    private TeamVisits visits;

    /** Used by Lambda. */
    public GuidesHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    /** One client for all the stores, as every other function has: one HTTP client and TLS context to build. */
    private GuidesHandler(DynamoDbClient dynamo, String table) {
        this(new GuideService(new DynamoGuideStore(dynamo, table), Clock.systemUTC()),
                new GuideImages(new DynamoGuideImageStore(dynamo, table), Clock.systemUTC()),
                new DynamoRateLimits(dynamo, table), Clock.systemUTC());
        var cohorts = new DynamoCohortStore(dynamo, table);
        withFaqDrafts(new FaqDrafts(new CommunityService(cohorts, new DynamoChannelStore(dynamo, table), Clock.systemUTC()),
                new ModerationService(cohorts, new DynamoModerationStore(dynamo, table), Clock.systemUTC()),
                service));
        withNotices(new GuideNotices(new DynamoLcmTeams(dynamo, table, cohorts), Mailers.queue(dynamo, table),
                Messages.fromEnv(), Clock.systemUTC()));
        withVisits(new TeamVisits(cohorts));
    }

    /**
     * The guides page's visit recorded on the LCM's teams (absent where the handler is built without
     * it: nothing is recorded): an LCM who opens only this page gets their team mails in its language.
     */
    public GuidesHandler withVisits(TeamVisits visits) {
        this.visits = visits;
        return this;
    }

    /** Mails about the review (absent where the handler is built without it: nobody is mailed). */
    public GuidesHandler withNotices(GuideNotices notices) {
        this.notices = notices;
        return this;
    }

    /** Turning a cohort's FAQ entry into a draft (absent where the handler is built without it: 503). */
    public GuidesHandler withFaqDrafts(FaqDrafts drafts) {
        this.faqDrafts = drafts;
        return this;
    }

    public GuidesHandler(GuideService service, GuideImages images, RateLimits limits, Clock clock) {
        this.service = service;
        this.images = images;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/guides/sets", r -> lcm(r, () -> {
            // The list the guides page opens with: its visit, as the cohorts list records the other pages'.
            if (visits != null) {
                visits.record(StaffClaims.lcm(r), r.reader());
            }
            return ApiResponse.ok(Map.of("sets", service.all().stream().map(GuidesHandler::summary).toList()));
        }));
        router.post("/api/guides/sets", this::create);
        router.get("/api/guides/sets/{setId}", r -> lcm(r, () -> ApiResponse.ok(full(service.find(r.pathParameter("setId"))))));
        router.route("PUT", "/api/guides/sets/{setId}", this::save);
        router.post("/api/guides/sets/{setId}/submit", this::submit);
        router.post("/api/guides/sets/{setId}/request-changes", r -> lcm(r, () -> {
            Caller lcm = StaffClaims.lcm(r);
            ChangeSet set = service.requestChanges(lcm.sub(), lcm.email(), lcm.name(), r.pathParameter("setId"),
                    revision(r), text(r.bodyObject(), "comment"));
            Map<String, Object> view = full(set);
            if (notices != null) {
                // The request just kept: the newest of the caller's remarks asking for changes.
                service.comments(set.id()).stream().filter(c -> c.author().equals(lcm.sub()) && "changes".equals(c.kind()))
                        .reduce((a, b) -> b).ifPresent(c -> notices.commented(set, c));
            }
            return ApiResponse.ok(view);
        }));
        router.post("/api/guides/sets/{setId}/comments", r -> lcm(r, () -> {
            Caller lcm = StaffClaims.lcm(r);
            Comment remark = service.comment(lcm.sub(), lcm.email(), lcm.name(), r.pathParameter("setId"),
                    text(r.bodyObject(), "comment"));
            ChangeSet set = service.find(r.pathParameter("setId"));
            if (notices != null) {
                notices.commented(set, remark);
            }
            return ApiResponse.created(full(set));
        }));
        router.post("/api/guides/sets/{setId}/approve", this::approve);
        router.post("/api/guides/sets/{setId}/images", this::upload);
        router.get("/api/guides/sets/{setId}/images/{name}", r -> lcm(r, () -> {
            GuideImage image = images.find(r.pathParameter("setId"), r.pathParameter("name"));
            if (image == null) {
                throw ApiException.notFound("No such image in this change set.");
            }
            return ApiResponse.ok(new ApiResponse.Binary(image.mediaType(), image.bytes()));
        }));
        router.get("/api/guides/published", r -> lcm(r, () -> ApiResponse.ok(Map.of("guides",
                service.published().stream().map(GuidesHandler::published).toList()))));
        router.get("/api/guides/{language}/{slug}/versions", r -> lcm(r, () -> ApiResponse.ok(Map.of("versions",
                service.versions(r.pathParameter("language"), r.pathParameter("slug")).stream()
                        .map(this::versionWithRemarks).toList()))));
        router.get("/api/guides/{language}/{slug}/versions/{number}", r -> lcm(r, () -> ApiResponse.ok(version(
                service.version(r.pathParameter("language"), r.pathParameter("slug"), number(r.pathParameter("number"))),
                true))));
        router.get("/api/guides/{language}/{slug}/compare", this::compare);
        router.post("/api/guides/{language}/{slug}/versions/{number}/revert", r -> lcm(r, () -> {
            Caller lcm = StaffClaims.lcm(r);
            return ApiResponse.created(full(service.revert(lcm.sub(), lcm.email(), lcm.name(), r.pathParameter("language"),
                    r.pathParameter("slug"), number(r.pathParameter("number")))));
        }));
        router.post("/api/guides/{language}/{slug}/unpublish", this::unpublish);
        router.post("/api/guide-suggestions", this::suggest);
        router.post("/api/guides/faq-drafts", this::fromFaq);
    }

    /** Runs an LCM operation, turning the store's refusals and the rules' problems into answers. */
    private static ApiResponse lcm(ApiRequest request, java.util.function.Supplier<ApiResponse> operation) {
        StaffClaims.lcm(request);
        try {
            return operation.get();
        } catch (GuideProblems e) {
            return GuideJson.refused(e.problems());
        } catch (GuideStore.NotFound e) {
            throw ApiException.notFound("No such change set, guide or version.");
        } catch (GuideStore.Refused e) {
            throw switch (e.reason()) {
                case "four-eyes" -> new ApiException(403, "four-eyes",
                        "You wrote in this change set: another LCM must review it.");
                case "state" -> new ApiException(409, "wrong-state",
                        "The change set is not in a state that allows this any more; reload it.");
                default -> new ApiException(409, "stale", "Someone changed this meanwhile; reload it and try again.");
            };
        }
    }

    private ApiResponse create(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        return lcm(request, () -> ApiResponse.created(full(service.create(lcm.sub(), lcm.email(), lcm.name(),
                GuideJson.guides(request.bodyObject()), GuideJson.fromSite(request.bodyObject())))));
    }

    private ApiResponse save(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        return lcm(request, () -> ApiResponse.ok(full(service.save(lcm.sub(), lcm.email(), lcm.name(), request.pathParameter("setId"),
                revision(request), GuideJson.guides(request.bodyObject()), GuideJson.fromSite(request.bodyObject())))));
    }

    /** The body is the file itself; its name and Content-Type are ignored (the bytes say what it is). */
    private ApiResponse upload(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        return lcm(request, () -> {
            GuideImage image = images.upload(lcm.sub(), request.pathParameter("setId"), request.bodyBytes());
            Map<String, Object> view = image(image);
            view.put("bytes", image.bytes().length);
            return ApiResponse.created(view);
        });
    }

    private static Map<String, Object> image(GuideImage image) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", image.name());
        view.put("mediaType", image.mediaType());
        view.put("width", image.width());
        view.put("height", image.height());
        view.put("path", GuideImages.PATH + image.name());
        return view;
    }

    private ApiResponse submit(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        return lcm(request, () -> {
            ChangeSet set = service.submit(request.pathParameter("setId"), revision(request), lcm.email(), lcm.name());
            if (notices != null) {
                notices.submitted(set, lcm, g -> service.changesPage(set, g));
            }
            return ApiResponse.ok(full(set));
        });
    }

    private ApiResponse approve(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        return lcm(request, () -> {
            String id = request.pathParameter("setId");
            List<GuideVersion> versions = service.approve(lcm.sub(), lcm.email(), lcm.name(), id, revision(request),
                    text(request.bodyObject(), "comment"));
            List<PublishedGuide> changed = versions.stream()
                    .map(v -> new PublishedGuide(v.guide(), v.number(), true, v.publishedAt())).toList();
            GuideSite site = GuideSite.current();
            ChangeSet set = service.find(id);
            Map<String, Object> view = full(set);
            view.put("versions", versions.stream().map(v -> version(v, false)).toList());
            // The versions are committed first: a site that fails to update is retried by the next publish.
            view.put("site", site == null ? "pending" : site.publish(changed, images.of(id)));
            if (notices != null) {
                notices.approved(set, versions, lcm, service.comments(id));
            }
            return ApiResponse.ok(view);
        });
    }

    /** Takes a guide off the site; its authors hear who did (its versions stay, to be published again). */
    private ApiResponse unpublish(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        return lcm(request, () -> {
            String language = request.pathParameter("language");
            String slug = request.pathParameter("slug");
            PublishedGuide g = service.unpublish(language, slug);
            GuideSite site = GuideSite.current();
            Map<String, Object> view = published(g);
            view.put("site", site == null ? "pending" : site.publish(List.of(g), List.of()));
            if (notices != null) {
                notices.unpublished(g, service.versions(language, slug), lcm);
            }
            return ApiResponse.ok(view);
        });
    }

    private ApiResponse compare(ApiRequest request) {
        return lcm(request, () -> {
            String language = request.pathParameter("language");
            String slug = request.pathParameter("slug");
            GuideVersion from = service.version(language, slug, number(request.queryParameter("from")));
            GuideVersion to = service.version(language, slug, number(request.queryParameter("to")));
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("from", version(from, false));
            view.put("to", version(to, false));
            // Field by field, by the API's names (the page words them); none: the versions are the same.
            view.put("changes", GuideComparison.of(from.guide(), to.guide()));
            return ApiResponse.ok(view);
        });
    }

    /** Public: no account, a honeypot (checked by the edge), a size limit and a rate limit per client. */
    /** {@code POST /api/guides/faq-drafts}: a draft from one FAQ entry of a cohort the LCM runs. */
    private ApiResponse fromFaq(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        String cohortId = f.text("cohortId");
        String entryId = f.text("entryId");
        if (cohortId == null) {
            f.reject("cohortId", "Say which cohort's FAQ.");
        }
        if (entryId == null) {
            f.reject("entryId", "Say which FAQ entry.");
        }
        f.throwIfInvalid();
        if (faqDrafts == null) {
            throw new ApiException(503, "not_configured", "FAQ drafts are not set up on this hub.");
        }
        return lcm(request, () -> {
            try {
                return CohortErrors.asTeam(() -> ApiResponse.created(full(faqDrafts.draft(lcm, cohortId, entryId))));
            } catch (org.lcmhub.community.store.ChannelStore.NotFound e) {
                throw ApiException.notFound("No such FAQ entry in this cohort.");
            } catch (org.lcmhub.community.store.ChannelStore.NotOnTeam e) {
                throw new ApiException(403, "forbidden", "Only the cohort's LCM team may do this.");
            }
        });
    }

    private ApiResponse suggest(ApiRequest request) {
        JsonNode body = request.bodyObject();
        List<Problem> wrong = GuideJson.wrongKinds(0, body);
        if (!wrong.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            wrong.forEach(p -> fields.put(p.field(), p.message()));
            throw ApiException.validation(fields);
        }
        Guide guide = new Guide(GuideJson.text(body, "language"), GuideJson.text(body, "slug"), GuideJson.text(body, "title"),
                GuideJson.text(body, "summary"), GuideJson.strings(body.get("roles")), GuideJson.strings(body.get("tags")),
                GuideJson.text(body, "author"), null, GuideJson.text(body, "body"));
        if (guide.slug() == null && guide.title() != null) {
            guide = new Guide(guide.language(), slugOf(guide.title()), guide.title(), guide.summary(), guide.roles(),
                    guide.tags(), guide.author(), null, guide.body());
        }
        if (guide.roles().isEmpty() || guide.tags().isEmpty()) {
            // A visitor need not know the taxonomy: the LCM who takes it up chooses roles and topics.
            guide = new Guide(guide.language(), guide.slug(), guide.title(), guide.summary(),
                    guide.roles().isEmpty() ? List.of("team") : guide.roles(),
                    guide.tags().isEmpty() ? List.of("community") : guide.tags(), guide.author(), null, guide.body());
        }
        List<Problem> problems = GuideRules.check(List.of(guide));
        if (!problems.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            // The address is made from the title: a reader only sees the title to fix.
            problems.forEach(p -> fields.putIfAbsent(p.field().equals("slug") ? "title" : p.field(), p.message()));
            throw ApiException.validation(fields);
        }
        String client = request.client();
        Instant now = clock.instant();
        if (!limits.take("suggest", org.lcmhub.store.Keys.sha256(client == null ? "unknown" : client), now,
                Duration.ofHours(1), SUGGESTIONS_PER_HOUR)) {
            throw new ApiException(429, "too_many_requests", "Too many suggestions from here; try again later.");
        }
        service.suggest(List.of(guide));
        return ApiResponse.of(202, Map.of("status", "received"));
    }

    private static String slugOf(String title) {
        return FaqDrafts.slugOf(title);
    }

    private static long revision(ApiRequest request) {
        JsonNode r = request.bodyObject().get("revision");
        if (r == null || !r.canConvertToLong()) {
            throw ApiException.validation(Map.of("revision", "must be the revision you read"));
        }
        return r.asLong();
    }

    private static int number(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.validation(Map.of("number", "must be a version number"));
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.get(name);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    static Map<String, Object> summary(ChangeSet set) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("setId", set.id());
        view.put("state", set.state().wire());
        view.put("suggested", set.suggested());
        view.put("revision", set.revision());
        view.put("editors", set.editors().stream().sorted().toList());
        view.put("reviewer", set.reviewer());
        // Who sent it for review, by address and by the name their sign-in gave (absent when not kept).
        if (set.submitterEmail() != null) {
            view.put("submitterEmail", set.submitterEmail());
        }
        if (set.submitterName() != null) {
            view.put("submitterName", set.submitterName());
        }
        view.put("fromSite", set.fromSite().stream().sorted().toList());
        view.put("guides", set.guides().stream().map(g -> Map.of("language", g.language(), "slug", g.slug(),
                "title", g.title())).toList());
        view.put("updatedAt", set.updatedAt().toString());
        return view;
    }

    private Map<String, Object> full(ChangeSet set) {
        Map<String, Object> view = summary(set);
        view.put("guides", set.guides().stream().map(GuidesHandler::guide).toList());
        view.put("comments", service.comments(set.id()).stream().map(GuidesHandler::comment).toList());
        view.put("images", images.listed(set.id()).stream().map(GuidesHandler::image).toList());
        return view;
    }

    static Map<String, Object> guide(Guide g) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("language", g.language());
        view.put("slug", g.slug());
        view.put("title", g.title());
        // A draft may lack these until it is sent for review (GuideRules.checkDraft): read as empty.
        view.put("summary", Objects.requireNonNullElse(g.summary(), ""));
        view.put("roles", g.roles());
        view.put("tags", g.tags());
        view.put("author", Objects.requireNonNullElse(g.author(), ""));
        view.put("translationOf", g.translationOf());
        view.put("body", Objects.requireNonNullElse(g.body(), ""));
        view.put("audience", g.audience());
        view.put("paths", g.paths());
        return view;
    }

    private static Map<String, Object> comment(Comment c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("author", c.author());
        if (c.authorEmail() != null) {
            view.put("authorEmail", c.authorEmail());
        }
        if (c.authorName() != null) {
            view.put("authorName", c.authorName());
        }
        view.put("text", c.text());
        view.put("kind", c.kind());
        view.put("at", c.at().toString());
        return view;
    }

    private static Map<String, Object> version(GuideVersion v, boolean withGuide) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", v.number());
        view.put("language", v.guide().language());
        view.put("slug", v.guide().slug());
        view.put("title", v.guide().title());
        view.put("authors", v.authors());
        view.put("reviewer", v.reviewer());
        // The people by address, for pages to name (ids say nothing); absent on older versions.
        view.put("authorEmails", v.authorEmails());
        view.put("reviewerEmail", v.reviewerEmail());
        // Their names where their sign-in gave one (null each where none was kept): what pages show.
        view.put("authorNames", v.authorNames());
        view.put("reviewerName", v.reviewerName());
        view.put("publishedAt", v.publishedAt().toString());
        view.put("changeSetId", v.changeSetId());
        if (withGuide) {
            view.put("guide", guide(v.guide()));
        }
        return view;
    }

    /** A version with the remarks of the review that published it, which the history shows. */
    private Map<String, Object> versionWithRemarks(GuideVersion v) {
        Map<String, Object> view = version(v, false);
        view.put("comments", service.remarks(v.changeSetId()).stream().map(GuidesHandler::comment).toList());
        return view;
    }

    private static Map<String, Object> published(PublishedGuide p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("language", p.guide().language());
        view.put("slug", p.guide().slug());
        view.put("title", p.guide().title());
        view.put("version", p.version());
        view.put("live", p.live());
        view.put("publishedAt", p.publishedAt().toString());
        return view;
    }

}
