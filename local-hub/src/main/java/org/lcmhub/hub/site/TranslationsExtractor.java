package org.lcmhub.hub.site;

import java.util.Map;
import java.util.Objects;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * The {@code translations} template variable: the published translations of the page being
 * rendered, i.e. the documents of the same type with the same {@code translationKey} in another
 * language (newest first). Without it a template finds a page's translation by looking through
 * every published document of the type, on every page: a bake that grows with the square of the
 * number of pages. {@link MemoryContentStore} answers from an index; any other JBake store
 * (the stock Oven's) by one query.
 */
public final class TranslationsExtractor implements ModelExtractor<DocumentList<DocumentModel>> {

    @Override
    public DocumentList<DocumentModel> get(ContentStore db, Map model, String key) {
        Object content = model.get("content");
        DocumentList<DocumentModel> result = new DocumentList<>();
        if (!(content instanceof Map<?, ?> page)) {
            return result;
        }
        String type = Objects.toString(page.get("type"), "");
        String translationKey = Objects.toString(page.get("translationKey"), "").trim();
        String language = Objects.toString(page.get("language"), "").trim();
        if (type.isEmpty() || translationKey.isEmpty()) {
            return result;
        }
        Iterable<DocumentModel> candidates = db instanceof MemoryContentStore memory
                ? memory.publishedWithTranslationKey(type, translationKey)
                : db.getPublishedContent(type);
        for (DocumentModel doc : candidates) {
            if (translationKey.equals(Objects.toString(doc.get("translationKey"), "").trim())
                    && !language.equals(Objects.toString(doc.get("language"), "").trim())) {
                result.add(doc);
            }
        }
        return result;
    }
}
