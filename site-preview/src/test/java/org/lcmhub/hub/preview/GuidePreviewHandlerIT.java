package org.lcmhub.hub.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.guides.GuideImages;
import org.lcmhub.guides.GuideService;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * The preview function as Lambda runs it, on the libraries its artifact ships (this module's class
 * path): the site's templates, Markdown and checks over the checkout's site/ and content/, the
 * set's images and the published guides read from the table (moto, through the real SDK).
 */
@ExtendWith(MotoExtension.class)
class GuidePreviewHandlerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LCM = "[lcm]";
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private GuidePreviewHandler handler;
    private GuideService service;
    private GuideImages images;

    @BeforeEach
    void setUp(Moto moto, @TempDir Path work) {
        DynamoGuideStore store = new DynamoGuideStore(moto.dynamo(), moto.table());
        DynamoGuideImageStore imageStore = new DynamoGuideImageStore(moto.dynamo(), moto.table());
        service = new GuideService(store, Clock.systemUTC());
        images = new GuideImages(imageStore, Clock.systemUTC());
        handler = new GuidePreviewHandler(images,
                new TableGuideSite(store, imageStore, Checkout.root(), work, Clock.systemUTC()));
    }

    @Test
    void rendersTheDraftWithTheSiteTemplatesItsImageInlinedAndTheSiteCheckBesideItsLine() throws Exception {
        String slug = "boards-" + suffix;
        String body = "## Why boards\n\nOne **board** per team.\n\n![The board](IMAGE)\n\nSee [nowhere](/en/no-such-page.html).\n";
        ChangeSet set = service.create("lcm-a", "alice@example.org", null, List.of(guide("en", slug, body.replace("IMAGE", "/img/guides/none.png"), null)), Set.of());
        GuideImage image = images.upload("lcm-a", set.id(), png());
        ObjectNode request = request(List.of(guide("en", slug, body.replace("IMAGE", GuideImages.PATH + image.name()), null)));
        request.put("setId", set.id());

        APIGatewayV2HTTPResponse response = post(request.toString(), LCM);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.getBody());
        String html = answer.get("html").asText();
        // The site's guide template (its header, facts, prose) around flexmark's Markdown.
        assertThat(html).contains("<h1>Boards " + suffix + "</h1>", "class=\"doc-header\"", "class=\"prose\"",
                "<strong>board</strong>", "Why boards");
        assertThat(html).contains("src=\"data:image/png;base64,").doesNotContain(GuideImages.PATH + image.name());
        // The broken link is reported on its body line (line 7 of the body), as a code the editor words
        // in its own language, with the link as it was written.
        assertThat(answer.get("problems")).anySatisfy(p -> {
            assertThat(p.get("field").asText()).isEqualTo("body");
            assertThat(p.get("line").asInt()).isEqualTo(7);
            assertThat(p.get("code").asText()).isEqualTo("guide.site.brokenLink");
            assertThat(p.get("params").get("target").asText()).isEqualTo("/en/no-such-page.html");
        });
        // The image exists in the draft's content: no problem on its line.
        assertThat(answer.get("problems")).noneSatisfy(p -> assertThat(p.get("line").asInt()).isEqualTo(5));
    }

    @Test
    void anUnknownCoursePathIsACodeWithThePathWordedByTheCatalogueInBothLanguages() throws Exception {
        Guide forLearners = new Guide("fr", "parcours-" + suffix, "Parcours " + suffix, "Un résumé.", List.of(),
                List.of("onboarding"), "Awa", null, "Du texte.\n", Guide.LEARNER, List.of("no-such-path-" + suffix));

        APIGatewayV2HTTPResponse response = post(request(List.of(forLearners)).toString(), LCM);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        JsonNode problems = JSON.readTree(response.getBody()).get("problems");
        assertThat(problems).as(problems.toString()).hasSize(1);
        JsonNode problem = problems.get(0);
        assertThat(problem.get("field").asText()).isEqualTo("paths");
        assertThat(problem.get("code").asText()).isEqualTo("guide.site.unknownPath");
        assertThat(problem.get("params").get("path").asText()).isEqualTo("no-such-path-" + suffix);
        assertThat(problem.get("params").has("detail")).as("not the bake's English").isFalse();
        JsonNode catalogue = JSON.readTree(Checkout.root().resolve("site/messages/guides.json").toFile());
        assertThat(catalogue.at("/en/guide.site.unknownPath").asText()).contains("course path");
        assertThat(catalogue.at("/fr/guide.site.unknownPath").asText()).contains("parcours");
    }

    @Test
    void aFieldTheRulesRefuseIsNotSaidAgainByTheSiteAndEverySiteProblemIsCoded() throws Exception {
        Guide noRolesNorTopics = new Guide("fr", "vide-" + suffix, "Vide " + suffix, "Un résumé.", List.of(), List.of(),
                "Awa", null, "Du texte.\n", null, List.of());

        APIGatewayV2HTTPResponse response = post(request(List.of(noRolesNorTopics)).toString(), LCM);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        JsonNode problems = JSON.readTree(response.getBody()).get("problems");
        // The site's check finds both lists empty too; the author reads the rules' words once per field.
        assertThat(problems).as(problems.toString()).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactlyInAnyOrder("roles guide.field.choose", "tags guide.field.choose");
    }

    @Test
    void aGuideForLearnersIsHeadedForLearnersInThePreview() throws Exception {
        Guide forLearners = new Guide("fr", "apprendre-" + suffix, "Apprendre " + suffix, "Un résumé.", List.of(),
                List.of("onboarding"), "Awa", null, "Du texte.\n", Guide.LEARNER, List.of());

        APIGatewayV2HTTPResponse response = post(request(List.of(forLearners)).toString(), LCM);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(response.getBody()).get("html").asText())
                .contains("Guides pour les apprenant·es").doesNotContain("Guides pour les LCM");
    }

    @Test
    void aTranslationLinksToItsOriginalPublishedFromTheTable() throws Exception {
        String slug = "circles-" + suffix;
        ChangeSet set = service.create("lcm-a", "alice@example.org", null, List.of(guide("en", slug, "Circles of peers.\n", null)), Set.of());
        set = service.submit(set.id(), set.revision(), null, null);
        service.approve("lcm-b", "bruno@example.org", null, set.id(), set.revision());

        APIGatewayV2HTTPResponse response = post(request(List.of(guide("fr", "cercles-" + suffix, "Des cercles.\n", slug)))
                .toString(), LCM);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(response.getBody()).get("html").asText())
                .contains("class=\"translation\"", "/en/guides/" + slug + ".html");
    }

    /** A draft begun blank: its empty summary and author leave their places empty, no filler standing in. */
    @Test
    void aBlankSummaryAndAuthorShowNothingInThePreview() throws Exception {
        Guide blank = new Guide("en", "blank-" + suffix, "Blank " + suffix, "", List.of("team"), List.of("onboarding"), "",
                null, "Some text.\n");

        APIGatewayV2HTTPResponse response = post(request(List.of(blank)).toString(), LCM);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.getBody());
        assertThat(answer.get("html").asText()).contains("<h1>Blank " + suffix + "</h1>", "Some text.")
                .doesNotContain("class=\"lead\"", ">-<", "/authors/");
        // Each empty field said once, in the rules' words, not again by the site's check.
        assertThat(answer.get("problems")).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactlyInAnyOrder("summary guide.field.required", "author guide.field.required");

        // Nothing chosen yet either: no empty box of facts.
        Guide bare = new Guide("en", "bare-" + suffix, "Bare " + suffix, "", List.of(), List.of(), "", null, "");
        String html = JSON.readTree(post(request(List.of(bare)).toString(), LCM).getBody()).get("html").asText();
        assertThat(html).contains("<h1>Bare " + suffix + "</h1>").doesNotContain("class=\"facts\"");
    }

    @Test
    void onlyAnLcmPreviews() {
        String body = request(List.of(guide("en", "who-" + suffix, "Text.\n", null))).toString();
        assertThat(post(body, null).getStatusCode()).isEqualTo(401);
        assertThat(post(body, "[mentor]").getStatusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        APIGatewayV2HTTPResponse noList = post("{\"guides\":\"nope\"}", LCM);
        assertThat(noList.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noList.getBody()).at("/error/fields/guides").isTextual()).isTrue();

        ObjectNode outOfRange = request(List.of(guide("en", "range-" + suffix, "Text.\n", null)));
        outOfRange.put("index", 3);
        APIGatewayV2HTTPResponse index = post(outOfRange.toString(), LCM);
        assertThat(index.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(index.getBody()).at("/error/fields/index").isTextual()).isTrue();

        assertThat(post("{not json", LCM).getStatusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        String big = request(List.of(guide("en", "big-" + suffix, "x".repeat(ApiHandler.MAX_BODY_BYTES), null))).toString();
        APIGatewayV2HTTPResponse response = post(big, LCM);
        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.getBody()).at("/error/code").asText()).isEqualTo("payload_too_large");
    }

    private static Guide guide(String language, String slug, String body, String translationOf) {
        String title = (slug.substring(0, 1).toUpperCase() + slug.substring(1)).replace('-', ' ');
        return new Guide(language, slug, title, "A summary.", List.of("team"), List.of("onboarding"), "Awa", translationOf, body);
    }

    private static ObjectNode request(List<Guide> guides) {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode list = request.putArray("guides");
        guides.forEach(g -> list.add(JSON.valueToTree(g)));
        request.put("index", 0);
        return request;
    }

    private APIGatewayV2HTTPResponse post(String body, String groups) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("req-" + UUID.randomUUID())
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                        .withPath("/api/guides/preview").build());
        if (groups != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(Map.of(
                            "sub", "lcm-a", "email", "a@example.org", "cognito:groups", groups)).build()).build());
        }
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withVersion("2.0")
                .withRouteKey("ANY /api/guides/preview").withRawPath("/api/guides/preview")
                .withHeaders(Map.of("content-type", "application/json")).withRequestContext(context.build())
                .withBody(body).withIsBase64Encoded(false).build(), null);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
