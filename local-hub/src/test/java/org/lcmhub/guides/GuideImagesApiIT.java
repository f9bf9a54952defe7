package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * Images of a change set through the local hub against moto: recognised by their bytes whatever
 * the name or Content-Type, refused with a code (and nothing stored) when they are not a PNG,
 * JPEG or WebP or are too big, shown in the preview, and published with the set's guide.
 */
class GuideImagesApiIT extends LocalHubTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x2a6fdb);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String set(String slug, String body) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode g = root.putArray("guides").addObject();
        g.put("language", "en").put("slug", slug).put("title", "Team boards").put("summary", "A board for the team")
                .put("author", "Lucie Fontaine").put("body", body);
        g.putArray("roles").add("team");
        g.putArray("tags").add("community");
        return root.toString();
    }

    private JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return HubClient.parse(response);
    }

    private String refusal(HttpResponse<String> response) throws Exception {
        JsonNode error = ok(response, 400).get("error");
        assertThat(error.at("/fields/image").isTextual()).isTrue();
        return error.at("/problems/0/code").asText();
    }

    @Test
    void anImageIsCheckedByItsBytesShownInThePreviewAndPublishedWithTheGuide() throws Exception {
        String a = token("ana-" + UUID.randomUUID() + "@example.org", "lcm");
        String b = token("bo-" + UUID.randomUUID() + "@example.org", "lcm");
        String slug = "team-boards-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(slug, "## Boards\n\nOne board per team.\n")), 201);
        String images = "/api/guides/sets/" + draft.get("setId").asText() + "/images";

        // A PNG sent as "photo.jpg" with a JPEG Content-Type is stored as the PNG it is, under a new name.
        byte[] png = png(64, 48);
        JsonNode stored = ok(client.upload(images + "?name=photo.jpg", a, "image/jpeg", png), 201);
        assertThat(stored.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(stored.get("name").asText()).matches("[0-9a-f]{16}\\.png");
        assertThat(stored.get("width").asInt()).isEqualTo(64);
        String path = stored.get("path").asText();
        assertThat(path).isEqualTo("/img/guides/" + stored.get("name").asText());

        // Lookalikes and oversized files are refused with a code for the field; nothing is stored.
        byte[] html = "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(client.upload(images, a, "image/png", html))).isEqualTo("guide.image.type");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(client.upload(images, a, "image/svg+xml", svg))).isEqualTo("guide.image.type");
        byte[] padded = Arrays.copyOf(png, GuideImages.MAX_BYTES + 1);
        assertThat(refusal(client.upload(images, a, "image/png", padded))).isEqualTo("guide.image.too-large");
        assertThat(client.upload(images, a, "image/png", Arrays.copyOf(png, 300 * 1024)).statusCode()).isEqualTo(413);
        assertThat(client.upload(images, token("x-" + UUID.randomUUID() + "@example.org"), "image/png", png)
                .statusCode()).isIn(401, 403);
        assertThat(client.upload("/api/guides/sets/no-such-set/images", a, "image/png", png).statusCode()).isEqualTo(404);
        JsonNode reread = ok(client.json("GET", "/api/guides/sets/" + draft.get("setId").asText(), a, null), 200);
        assertThat(reread.get("images")).hasSize(1);

        // The set's image is served with the type of its bytes, and never sniffed as anything else.
        HttpResponse<byte[]> served = client.bytes(images + "/" + stored.get("name").asText(), b);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.body()).isEqualTo(png);

        // The preview is the site's page with the image inlined: it is not on the site before publishing.
        String body = "## Boards\n\n![The team's board](" + path + ")\n\nOne board per team.\n";
        ObjectNode preview = (ObjectNode) JSON.readTree(set(slug, body));
        preview.put("index", 0).put("setId", draft.get("setId").asText());
        JsonNode shown = ok(client.json("POST", "/api/guides/preview", a, preview.toString()), 200);
        assertThat(shown.get("problems")).as(shown.toString()).isEmpty();
        assertThat(shown.get("html").asText()).contains("src=\"data:image/png;base64,");

        JsonNode saved = ok(client.json("PUT", "/api/guides/sets/" + draft.get("setId").asText(), a,
                ((ObjectNode) JSON.readTree(set(slug, body))).put("revision", draft.get("revision").asLong()).toString()), 200);
        JsonNode inReview = ok(client.json("POST", "/api/guides/sets/" + saved.get("setId").asText() + "/submit", a,
                "{\"revision\":" + saved.get("revision").asLong() + "}"), 200);
        // A set in review takes no new image: its reviewer reads what was sent.
        assertThat(client.upload(images, a, "image/png", png(8, 8)).statusCode()).isEqualTo(409);
        ok(client.json("POST", "/api/guides/sets/" + inReview.get("setId").asText() + "/approve", b,
                "{\"revision\":" + inReview.get("revision").asLong() + "}"), 200);

        assertThat(Files.readAllBytes(hub.siteDir().resolve(path.substring(1)))).isEqualTo(png);
        assertThat(Files.readString(hub.siteDir().resolve("en/guides/" + slug + ".html")))
                .contains("src=\"" + path + "\"").contains("alt=\"The team's board\"");

        // The store is the source of truth: a hub started on the same data without its files bakes the image again.
        java.nio.file.Path fresh = Files.createTempDirectory("hub-again");
        try (org.lcmhub.hub.HubServer again = org.lcmhub.hub.HubServer.start(new org.lcmhub.hub.HubServer.Config(
                org.lcmhub.hub.testing.Checkout.root(), 0, false, moto.endpoint(), fresh))) {
            assertThat(Files.readAllBytes(again.siteDir().resolve(path.substring(1)))).isEqualTo(png);
        } finally {
            org.lcmhub.hub.site.SiteFiles.delete(fresh);
        }
    }
}
