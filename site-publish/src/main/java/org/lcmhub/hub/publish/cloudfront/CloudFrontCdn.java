package org.lcmhub.hub.publish.cloudfront;

import java.util.List;
import java.util.UUID;
import org.lcmhub.hub.publish.Cdn;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.InvalidationBatch;
import software.amazon.awssdk.services.cloudfront.model.Paths;

/** The site's distribution: one invalidation per publish, for the paths that changed. */
public final class CloudFrontCdn implements Cdn {
    private final CloudFrontClient cloudFront;
    private final String distributionId;

    public CloudFrontCdn(CloudFrontClient cloudFront, String distributionId) {
        this.cloudFront = cloudFront;
        this.distributionId = distributionId;
    }

    @Override
    public String invalidate(List<String> paths) {
        InvalidationBatch batch = InvalidationBatch.builder()
                .callerReference(UUID.randomUUID().toString())
                .paths(Paths.builder().quantity(paths.size()).items(paths).build())
                .build();
        return cloudFront.createInvalidation(r -> r.distributionId(distributionId).invalidationBatch(batch))
                .invalidation().id();
    }
}
