package org.lcmhub.hub.publish;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.file.Path;
import java.util.Map;
import org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.hub.publish.cloudfront.CloudFrontCdn;
import org.lcmhub.hub.publish.s3.S3SiteBucket;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Env;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The publish function (template.yaml: SitePublishFunction). The table's stream calls it when a
 * guide's live state ({@code GUIDE#… / CURRENT}) is written: an approval, a restore approved, an
 * unpublish. The batch's records only say that something changed; the function publishes what
 * the table holds now (see {@link SitePublish}), so a batch of several approvals is one publish.
 */
public final class SitePublishHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    public static final String BUCKET_ENV = "HUB_SITE_BUCKET";
    public static final String DISTRIBUTION_ENV = "HUB_SITE_DISTRIBUTION";

    private final SitePublish publish;

    public SitePublishHandler() {
        this(new SitePublish(
                new DynamoGuideStore(Dynamo.client(), Dynamo.tableName()),
                new DynamoGuideImageStore(Dynamo.client(), Dynamo.tableName()),
                new SitePublisher(
                        new S3SiteBucket(S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                                Env.require(BUCKET_ENV)),
                        new CloudFrontCdn(CloudFrontClient.builder().region(Region.AWS_GLOBAL)
                                .httpClient(UrlConnectionHttpClient.create()).build(), Env.require(DISTRIBUTION_ENV)),
                        16),
                // The artifact's bake/ folder (site/, content/, Pagefind); /tmp is the only place Lambda lets us write.
                Path.of(System.getenv().getOrDefault("LAMBDA_TASK_ROOT", "."), "bake"),
                Path.of(System.getProperty("java.io.tmpdir"), "publish")));
    }

    public SitePublishHandler(SitePublish publish) {
        this.publish = publish;
    }

    /** A failure is thrown: the stream retries the batch (template.yaml bounds the retries). */
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, Object> summary = publish.run().summary();
        System.out.println("published " + summary);
        return summary;
    }
}
