package org.lcmhub.hub.publish;

import java.util.List;

/** The cache in front of the site (CloudFront on AWS): forgets the given viewer paths. */
public interface Cdn {
    /** Returns the invalidation's id, for the report. */
    String invalidate(List<String> paths);
}
