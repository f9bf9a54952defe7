package org.lcmhub.hub.publish.s3;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.hub.publish.SiteBucket;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The site bucket. Stored hashes come from one listing (1,000 keys a page): an object put in one
 * part under SSE-S3 has the MD5 of its bytes as ETag, whoever uploaded it (this function or
 * {@code aws s3 sync}); a multipart ETag ({@code …-N}) never equals a hash, so that file is sent again.
 */
public final class S3SiteBucket implements SiteBucket {
    private final S3Client s3;
    private final String bucket;

    public S3SiteBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Map<String, String> hashes() {
        Map<String, String> hashes = new HashMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
            hashes.put(o.key(), o.eTag() == null ? "" : o.eTag().replace("\"", ""));
        }
        return hashes;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    /** In batches of 1,000 (DeleteObjects' limit); a key S3 could not delete fails the publish, which is retried. */
    @Override
    public void delete(List<String> keys) {
        for (int from = 0; from < keys.size(); from += 1000) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + 1000)).stream()
                    .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            DeleteObjectsResponse answer = s3.deleteObjects(r -> r.bucket(bucket)
                    .delete(Delete.builder().objects(batch).quiet(true).build()));
            if (answer.hasErrors() && !answer.errors().isEmpty()) {
                throw new IllegalStateException("S3 did not delete " + answer.errors().size() + " objects, e.g. "
                        + answer.errors().get(0).key() + ": " + answer.errors().get(0).code());
            }
        }
    }
}
