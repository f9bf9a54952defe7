package org.lcmhub.hub.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.guides.GuideService;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The publish function's work against moto's S3 and CloudFront, with guides approved through the
 * guides service into moto's DynamoDB and the real site baked with Pagefind: the first publish
 * uploads the site, the same state again uploads nothing, one changed guide uploads only its
 * page, the pages that list it and the search index, and an unpublished guide's page is deleted
 * and invalidated.
 */
@ExtendWith(MotoExtension.class)
class SitePublishIT {
    private static final String SLUG = "publish-it-" + UUID.randomUUID().toString().substring(0, 8);

    static S3Client s3;
    static CloudFrontClient cloudFront;
    static String bucket;
    static String distribution;
    static GuideService guides;
    static DynamoGuideImageStore images;
    static SitePublish publish;

    @BeforeAll
    static void start(MotoExtension.Moto moto, @TempDir Path work) {
        LocalSiteHosting hosting = LocalSiteHosting.create(moto.endpoint());
        s3 = hosting.s3();
        cloudFront = hosting.cloudFront();
        bucket = hosting.bucket();
        distribution = hosting.distribution();
        DynamoGuideStore store = new DynamoGuideStore(moto.dynamo(), moto.table());
        guides = new GuideService(store, Clock.systemUTC());
        images = new DynamoGuideImageStore(moto.dynamo(), moto.table());
        publish = new SitePublish(store, images,
                hosting.publisher(4),
                Checkout.root(), work);
    }

    private static Guide guide(String summary, String body) {
        return new Guide("en", SLUG, "Publishing without Git", summary, List.of("help"), List.of("tools"),
                "Ada Admin", null, body);
    }

    private static void approve(Guide guide, GuideImage... added) {
        ChangeSet set = guides.create("lcm-author", "alice@example.org", null, List.of(guide), Set.of());
        for (GuideImage image : added) {
            images.add(set.id(), image);
        }
        set = guides.submit(set.id(), set.revision(), null, null);
        guides.approve("lcm-reviewer", "bruno@example.org", null, set.id(), set.revision());
    }

    private static final String IMAGE = SLUG.substring(SLUG.length() - 8) + "00000000.png";
    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");
    private static final String PAGE = "en/guides/" + SLUG + ".html";

    @Test
    void onlyWhatChangedIsUploadedAndForgotten() {
        GuideImage image = new GuideImage(IMAGE, "image/png", PNG, 1, 1, "lcm-author", Instant.now());
        approve(guide("Write a guide in the browser.", "Open the editor and write.\n\n![The editor](/img/guides/" + IMAGE + ")\n"),
                image);
        SitePublisher.Report first = publish.run().upload();
        // The set's image is baked as a file of content/ and served with its type.
        assertThat(s3.headObject(r -> r.bucket(bucket).key("img/guides/" + IMAGE)).contentType()).isEqualTo("image/png");
        assertThat(first.uploaded()).contains(PAGE, "en/guides.html", "index.html")
                .anyMatch(k -> k.startsWith("pagefind/"));
        assertThat(first.uploaded()).hasSize(first.files());
        assertThat(s3.headObject(r -> r.bucket(bucket).key(PAGE)).contentType()).startsWith("text/html");
        String stored = s3.getObjectAsBytes(r -> r.bucket(bucket).key(PAGE)).asUtf8String();
        assertThat(stored).contains("Open the editor and write.");

        SitePublisher.Report again = publish.run().upload();
        assertThat(again.uploaded()).isEmpty();
        assertThat(again.deleted()).isEmpty();
        assertThat(again.invalidationId()).isNull();

        approve(guide("Write and review a guide in the browser.", "Open the editor, write, then ask a colleague.\n"));
        SitePublisher.Report changed = publish.run().upload();
        String source = PAGE.replace(".html", ".md");
        // This instance baked the site before: the publish is incremental, its pages indexed apart.
        assertThat(changed.uploaded()).contains(PAGE, source, "en/guides.html", "pagefind-delta/delta.json");
        // Other guides' pages, paths and the French site are untouched: only lists that show the guide
        // (and the editor's list of sources, which holds its title).
        assertThat(changed.uploaded()).doesNotContain("img/guides/" + IMAGE)
                .allMatch(k -> k.equals(PAGE) || k.equals(source) || k.startsWith("pagefind-delta/") || isListing(k));
        assertThat(changed.uploaded().size()).isLessThan(first.files() / 10);
        // The whole index stays as the whole bake wrote it.
        assertThat(changed.uploaded()).noneMatch(k -> k.startsWith("pagefind/"));
        assertThat(changed.deleted()).noneMatch(k -> k.startsWith("pagefind/"));
        assertThat(changed.invalidated()).contains("/" + PAGE, "/en/guides.html")
                .hasSize(changed.uploaded().size() + changed.deleted().size()
                        + (changed.uploaded().contains("en/index.html") ? 2 : 0)
                        + (changed.uploaded().contains("index.html") ? 1 : 0));
        assertThat(cloudFront.getInvalidation(r -> r.distributionId(distribution).id(changed.invalidationId()))
                .invalidation().invalidationBatch().paths().items()).containsExactlyInAnyOrderElementsOf(changed.invalidated());
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key(PAGE)).asUtf8String()).contains("ask a colleague");

        guides.unpublish("en", SLUG);
        SitePublisher.Report removed = publish.run().upload();
        assertThat(removed.deleted()).contains(PAGE, source)
                .allMatch(k -> k.equals(PAGE) || k.equals(source) || k.startsWith("pagefind-delta/"));
        assertThat(removed.invalidated()).contains("/" + PAGE);
        assertThat(s3.listObjectsV2(r -> r.bucket(bucket).prefix("en/guides/" + SLUG)).contents()).isEmpty();
    }

    /**
     * Pages that list guides: home pages, the guides list, authors, roles, tags, the learner's and
     * the mentor's pages (which offer guides), the feed and the sitemap.
     */
    private static boolean isListing(String key) {
        return key.matches("(en/)?index\\.html|en/guides\\.html|en/authors\\.html|en/roles/[a-z-]+\\.html|en/me\\.html"
                + "|en/staff/mentor\\.html"
                + "|en/tags/[a-z-]+\\.html|en/feed\\.xml|sitemap\\.xml|guides/sources\\.json");
    }
}
