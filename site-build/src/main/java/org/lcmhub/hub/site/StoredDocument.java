package org.lcmhub.hub.site;

import java.util.List;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;

import org.jbake.model.DocumentModel;

/**
 * A document of the {@link MemoryContentStore}. Freemarker presents a map to a template by
 * copying it into a {@link SimpleHash}, and does so each time a template reaches it: a template
 * that looks through the published guides on every page (for the translation of the page, the
 * guides of a tag...) copied every guide on every page. The store's documents never change once
 * crawled, so each one is presented through one {@code SimpleHash}, built once and shared.
 *
 * <p>Templates also see {@code translations}: the published documents of the same type with the
 * same {@code translationKey}, newest first, so that finding a document's translation is not a
 * search through every document of its type (see {@code translationOf} in layout.ftl).
 */
final class StoredDocument extends DocumentModel {
    private static final long serialVersionUID = 1L;

    /** The template variable holding a document's translations (not a front matter field). */
    static final String TRANSLATIONS = "translations";

    private transient volatile SimpleHash templateHash;
    private transient List<StoredDocument> translations = List.of();

    /** Set once by the store, before rendering starts. */
    void setTranslations(List<StoredDocument> translations) {
        this.translations = List.copyOf(translations);
    }

    List<StoredDocument> translations() {
        return translations;
    }

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
                    hash.put(TRANSLATIONS, new Documents(translations, wrapper));
                    templateHash = hash;
                }
            }
        }
        return hash;
    }

    /** Stored documents as a template sequence, each presented on first use (they refer to each other). */
    static final class Documents implements TemplateSequenceModel {
        private final List<StoredDocument> documents;
        private final ObjectWrapper wrapper;

        Documents(List<StoredDocument> documents, ObjectWrapper wrapper) {
            this.documents = documents;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            return index < 0 || index >= documents.size() ? null : documents.get(index).templateHash(wrapper);
        }

        @Override
        public int size() {
            return documents.size();
        }
    }
}
