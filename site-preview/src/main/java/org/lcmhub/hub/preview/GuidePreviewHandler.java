package org.lcmhub.hub.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.guides.GuideImages;
import org.lcmhub.guides.GuideJson;
import org.lcmhub.guides.GuideProblems;
import org.lcmhub.guides.GuideRules;
import org.lcmhub.guides.GuideSite;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Router;
import org.lcmhub.store.Dynamo;

/**
 * {@code POST /api/guides/preview} (template.yaml: GuidePreviewFunction): a draft guide of a set
 * as the site will show it, with the guides' rules and the site's own checks beside the field or
 * body line they concern. Its own function because the bake's libraries would double the guides
 * function's artifact and slow every guides route's start.
 */
public class GuidePreviewHandler extends ApiHandler {
    /** Renders guide {@code index} of {@code set}, with the set's images, with the site's pipeline. */
    public interface Renderer {
        GuideSite.Preview preview(Guide guide, int index, List<Guide> set, List<GuideImage> images);
    }

    private final GuideImages images;
    private final Renderer own;

    /**
     * Used by Lambda: the artifact's bake/ folder, and the table's published guides. The local hub
     * runs this handler too; there the site it bakes and serves is registered ({@link GuideSite#use})
     * and renders instead, with the hub's own guides.
     */
    public GuidePreviewHandler() {
        this(new GuideImages(new DynamoGuideImageStore(Dynamo.client(), Dynamo.tableName()), Clock.systemUTC()),
                new TableGuideSite(new DynamoGuideStore(Dynamo.client(), Dynamo.tableName()),
                        new DynamoGuideImageStore(Dynamo.client(), Dynamo.tableName()),
                        Path.of(System.getenv().getOrDefault("LAMBDA_TASK_ROOT", "."), "bake"),
                        // /tmp is the only place Lambda lets a function write.
                        Path.of(System.getProperty("java.io.tmpdir"), "preview"), Clock.systemUTC()));
    }

    public GuidePreviewHandler(GuideImages images, Renderer own) {
        this.images = images;
        this.own = own;
    }

    /**
     * Also renders one page before the snapshot: the first render loads JBake, Freemarker and
     * flexmark and reads the whole content, seconds that the snapshot then holds instead of an
     * editor's first preview.
     */
    @Override
    public Map<String, Integer> prime() {
        Map<String, Integer> statuses = new LinkedHashMap<>(super.prime());
        Guide sample = new Guide("en", "priming-preview", "Priming", "A page rendered before the snapshot.",
                List.of(), List.of(), "-", null, "Priming the **preview**.\n");
        try {
            statuses.put("render", own.preview(sample, 0, List.of(sample), List.of()).html() == null ? 500 : 200);
        } catch (RuntimeException e) {
            statuses.put("render", 500);
        }
        return statuses;
    }

    /** Its policy only reads: the guides and images it renders, by key and by query. */
    @Override
    public Set<Dynamo.Call> primedStoreCalls() {
        return EnumSet.of(Dynamo.Call.GET, Dynamo.Call.QUERY);
    }

    @Override
    protected void routes(Router router) {
        router.post("/api/guides/preview", this::preview);
    }

    private ApiResponse preview(ApiRequest request) {
        StaffClaims.lcm(request);
        JsonNode body = request.bodyObject();
        List<Guide> guides;
        try {
            // As the save keeps them: the preview shows the page the guide will publish.
            guides = Guide.typeset(GuideJson.guides(body));
        } catch (GuideProblems e) {
            return GuideJson.refused(e.problems());
        }
        int index = body.path("index").asInt(0);
        if (index < 0 || index >= guides.size()) {
            throw ApiException.validation(Map.of("index", "must name a guide of the list"));
        }
        List<Problem> problems = new ArrayList<>(GuideRules.check(guides));
        Map<String, Object> view = new LinkedHashMap<>();
        // No page without an address, and none from a body carrying HTML or a script link: the
        // preview never renders what the rules refuse (the site's CSP would block it anyway).
        boolean renderable = problems.stream().noneMatch(p -> p.guide() == index && (p.line() == 0
                && List.of("language", "slug").contains(p.field()) || p.code().startsWith("guide.body.")));
        if (renderable) {
            String setId = body.path("setId").asText("");
            List<GuideImage> setImages = setId.isEmpty() ? List.of() : images.of(setId);
            GuideSite site = GuideSite.current();
            Renderer renderer = site == null ? own : site::preview;
            GuideSite.Preview preview = renderer.preview(guides.get(index), index, guides, setImages);
            view.put("html", preview.html() == null ? null : GuideImages.inline(preview.html(), setImages));
            problems.addAll(notYetSaid(problems, preview.problems()));
        } else {
            view.put("html", null);
        }
        view.put("problems", problems.stream().map(GuideJson::problem).toList());
        return ApiResponse.ok(view);
    }

    /**
     * The site's problems with a field the guides' rules have already found wrong (an empty list of
     * roles is both "choose at least one" and the site's "required"): the author reads each field's
     * problem once, in the rules' words. Body lines are the site's alone (links, images).
     */
    static List<Problem> notYetSaid(List<Problem> said, List<Problem> site) {
        Set<String> fields = new HashSet<>();
        said.stream().filter(p -> p.line() == 0).forEach(p -> fields.add(p.guide() + "/" + p.field()));
        return site.stream().filter(p -> p.line() > 0 || !fields.contains(p.guide() + "/" + p.field())).toList();
    }
}
