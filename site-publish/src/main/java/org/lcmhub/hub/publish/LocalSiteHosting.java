package org.lcmhub.hub.publish;

import java.net.URI;
import java.util.UUID;
import org.lcmhub.hub.publish.cloudfront.CloudFrontCdn;
import org.lcmhub.hub.publish.s3.S3SiteBucket;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A site bucket and a distribution in front of it on a local engine (moto), through the real SDK:
 * what the publish function's test and {@code ./hub bench-publish} publish to.
 */
public record LocalSiteHosting(S3Client s3, CloudFrontClient cloudFront, String bucket, String distribution) {
    private static final StaticCredentialsProvider LOCAL =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    /** A new empty bucket and a distribution with it as origin. */
    public static LocalSiteHosting create(URI endpoint) {
        S3Client s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(LOCAL)
                .forcePathStyle(true).build();
        CloudFrontClient cloudFront = CloudFrontClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                .credentialsProvider(LOCAL).build();
        String bucket = "site-" + UUID.randomUUID();
        s3.createBucket(r -> r.bucket(bucket));
        String distribution = cloudFront.createDistribution(r -> r.distributionConfig(DistributionConfig.builder()
                .callerReference(bucket).comment("site").enabled(true)
                .origins(o -> o.quantity(1).items(i -> i.id("site").domainName(bucket + ".s3.amazonaws.com")
                        .s3OriginConfig(c -> c.originAccessIdentity(""))))
                .defaultCacheBehavior(b -> b.targetOriginId("site").viewerProtocolPolicy("redirect-to-https")
                        .minTTL(0L).forwardedValues(f -> f.queryString(false).cookies(c -> c.forward("none"))))
                .build())).distribution().id();
        return new LocalSiteHosting(s3, cloudFront, bucket, distribution);
    }

    public SitePublisher publisher(int threads) {
        return new SitePublisher(new S3SiteBucket(s3, bucket), new CloudFrontCdn(cloudFront, distribution), threads);
    }
}
