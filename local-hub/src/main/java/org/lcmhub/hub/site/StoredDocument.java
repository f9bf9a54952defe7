package org.lcmhub.hub.site;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import org.jbake.model.DocumentModel;

/**
 * A document of the {@link MemoryContentStore}. Freemarker presents a map to a template by
 * copying it into a {@link SimpleHash}, and does so each time a template reaches it: a template
 * that looks through the published guides on every page (for the translation of the page, the
 * guides of a tag...) copied every guide on every page. The store's documents never change once
 * crawled, so each one is presented through one {@code SimpleHash}, built once and shared.
 */
final class StoredDocument extends DocumentModel {
    private static final long serialVersionUID = 1L;

    private transient volatile SimpleHash templateHash;

    /** The document as Freemarker's own wrapper would present it, built on first use. */
    TemplateModel templateHash(ObjectWrapper wrapper) throws TemplateModelException {
        SimpleHash hash = templateHash;
        if (hash == null) {
            synchronized (this) {
                hash = templateHash;
                if (hash == null) {
                    hash = new SimpleHash(this, wrapper);
                    // SimpleHash wraps each value on first read and keeps it: do all of them now,
                    // so that rendering threads only ever read the shared hash.
                    for (String key : keySet()) {
                        hash.get(key);
                    }
                    templateHash = hash;
                }
            }
        }
        return hash;
    }
}
