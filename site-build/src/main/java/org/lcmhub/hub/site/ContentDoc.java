package org.lcmhub.hub.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A content file and its header: fields with their line numbers, and the page it bakes to. */
record ContentDoc(Path file, String relative, List<String> lines, Map<String, String> fields,
                  Map<String, Integer> fieldLines, int bodyStart, String uri) {
    String get(String key) {
        return fields.get(key);
    }

    int line(String key) {
        return fieldLines.getOrDefault(key, 1);
    }

    String folderLanguage() {
        return uri.substring(0, uri.indexOf('/'));
    }

    boolean published() {
        return "published".equals(get("status"));
    }
}
