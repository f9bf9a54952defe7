package org.lcmhub.guides.model;

import java.time.Instant;

/** An image uploaded to a change set; its name is generated, so it never collides or escapes a folder. */
public record GuideImage(String name, String mediaType, byte[] bytes, int width, int height, String uploadedBy,
                         Instant uploadedAt) {
}
