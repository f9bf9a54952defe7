package org.lcmhub.hub.site;

import java.util.Map;
import java.util.Set;

import freemarker.template.Configuration;

import org.jbake.model.DocumentModel;

/**
 * What one bake leaves for the next to be incremental: each content file as parsed (with the
 * modification time and size it was parsed at, so an unchanged file is not parsed again), which
 * lists of documents each page read while it was rendered, and the files of content/ copied as
 * they are (images). Never modified once built; the next bake builds a new one.
 *
 * <p>{@code stored} (by identity of the parsed document) are the store's documents, which keep
 * what Freemarker made of them; the next bake stores an unchanged document again as it is, unless
 * its translations changed. {@code templates} is Freemarker's configuration with its parsed
 * templates, valid while site/ does not change (a change there makes the bake whole).
 */
record BakeState(Map<String, Parsed> parsed, Map<String, Set<String>> listsRead, Map<String, String> contentAssets,
                 Map<DocumentModel, StoredDocument> stored, Configuration templates) {

    /** A content file as parsed; {@code document} is null for a file JBake skips. */
    record Parsed(long modified, long size, DocumentModel document) {
    }
}
