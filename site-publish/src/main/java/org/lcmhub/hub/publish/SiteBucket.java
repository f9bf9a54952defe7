package org.lcmhub.hub.publish;

import java.util.List;
import java.util.Map;

/** Where the baked site is served from (the site bucket on AWS). Keys are paths without a leading slash. */
public interface SiteBucket {
    /** Every stored key with the MD5 of its bytes in hex (S3's ETag; another form never equals a hash, so that file is sent again). */
    Map<String, String> hashes();

    void put(String key, byte[] bytes, String contentType);

    void delete(List<String> keys);
}
