package org.lcmhub.hub.site;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's {@link ContentStore} answered from memory instead of OrientDB.
 *
 * <p>JBake's templates and model extractors ({@code published_guides}, {@code tagged_documents},
 * {@code db}, {@code data}...) only ever read the store through these public queries, so the
 * templates see exactly what they would see with the stock store. Every query of the stock store
 * is an OrientDB SQL query that copies each matching record into a new {@link DocumentModel};
 * here each answer is sorted once, after the crawl, and each query returns a new list of the
 * stored documents ({@link StoredDocument}), which nothing modifies once the crawl is over.
 *
 * <p>Read-only once {@link #seal()} is called, so rendering threads can share it.
 */
final class MemoryContentStore extends ContentStore {

    /** OrientDB's "order by date desc"; ties keep the crawl order. */
    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(
            (DocumentModel d) -> d.getDate(), Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final List<StoredDocument> documents = new ArrayList<>();
    private final Map<String, List<DocumentModel>> allByType = new HashMap<>();
    private final Map<String, List<DocumentModel>> publishedByType = new HashMap<>();
    private final Map<String, List<DocumentModel>> bySourceUri = new HashMap<>();
    private final Map<String, List<DocumentModel>> publishedByTranslationKey = new HashMap<>();
    private boolean sealed;

    /**
     * The document types whose lists the page being rendered on this thread asked for: what an
     * incremental bake reads to know which pages a changed document may appear on.
     */
    private static final ThreadLocal<Set<String>> LISTS_READ = new ThreadLocal<>();

    MemoryContentStore() {
        super("memory", "lcmhub-memory");
    }

    /** Adds a crawled document; its values are stored as OrientDB would give them back. */
    @Override
    public synchronized void addDocument(DocumentModel document) {
        add(document);
    }

    /** Adds a crawled document and returns it as stored. */
    synchronized StoredDocument add(DocumentModel document) {
        StoredDocument stored = new StoredDocument();
        document.forEach((key, value) -> stored.put(key, asStored(value)));
        addStored(stored);
        return stored;
    }

    /** Adds a document stored by an earlier bake (unchanged, with the same translations). */
    synchronized void addStored(StoredDocument stored) {
        if (sealed) {
            throw new IllegalStateException("The store is sealed once rendering starts");
        }
        documents.add(stored);
    }

    /** OrientDB keeps an array as an embedded list and returns it as a list. */
    private static Object asStored(Object value) {
        if (value instanceof Object[] array) {
            return new ArrayList<>(Arrays.asList(array));
        }
        return value;
    }

    /** Runs {@code render} and returns the document types whose lists it read ("*": all types). */
    static Set<String> listsReadBy(ThrowingRunnable render) throws Exception {
        Set<String> read = new HashSet<>();
        LISTS_READ.set(read);
        try {
            render.run();
        } finally {
            LISTS_READ.remove();
        }
        return read;
    }

    /** A rendering step that may fail. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void listed(String docType) {
        Set<String> read = LISTS_READ.get();
        if (read != null) {
            read.add(docType);
        }
    }

    /** Builds the sorted views every query answers from. */
    synchronized void seal() {
        List<DocumentModel> sorted = new ArrayList<>(documents);
        sorted.sort(NEWEST_FIRST);
        for (DocumentModel doc : sorted) {
            allByType.computeIfAbsent(doc.getType(), t -> new ArrayList<>()).add(doc);
            if (ModelAttributes.Status.PUBLISHED.equals(doc.getStatus())) {
                publishedByType.computeIfAbsent(doc.getType(), t -> new ArrayList<>()).add(doc);
                Object key = doc.get("translationKey");
                if (key != null) {
                    publishedByTranslationKey.computeIfAbsent(doc.getType() + "\n" + key.toString().trim(),
                            k -> new ArrayList<>()).add(doc);
                }
            }
            bySourceUri.computeIfAbsent(doc.getSourceuri(), u -> new ArrayList<>()).add(doc);
        }
        for (DocumentModel doc : sorted) {
            Object key = doc.get("translationKey");
            if (key != null) {
                List<StoredDocument> same = new ArrayList<>();
                for (DocumentModel other : publishedWithTranslationKey(doc.getType(), key.toString().trim())) {
                    if (other != doc) {
                        same.add((StoredDocument) other);
                    }
                }
                ((StoredDocument) doc).setTranslations(same);
            }
        }
        sealed = true;
    }

    /** The documents to render, newest first, as JBake's "unrendered content" query gives them. */
    List<StoredDocument> toRender() {
        return documents.stream().filter(d -> !Boolean.TRUE.equals(d.getRendered())).sorted(NEWEST_FIRST).toList();
    }

    /** Published documents of a type with this (trimmed) translationKey, newest first. */
    private List<DocumentModel> publishedWithTranslationKey(String docType, String translationKey) {
        return publishedByTranslationKey.getOrDefault(docType + "\n" + translationKey, List.of());
    }

    /** All documents of a type, newest first, without copying (for the render loop). */
    List<DocumentModel> allOfType(String docType) {
        return allByType.getOrDefault(docType, List.of());
    }

    /** A new list, as each stock query gives, of the stored (never modified) documents. */
    private static DocumentList<DocumentModel> copies(List<? extends DocumentModel> docs) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(docs);
        return list;
    }

    private static String[] tagsOf(DocumentModel doc) {
        Object tags = doc.get(ModelAttributes.TAGS);
        if (tags instanceof List<?> list) {
            return list.stream().map(String::valueOf).toArray(String[]::new);
        }
        return tags instanceof String[] array ? array : new String[0];
    }

    // --- ContentStore's queries -----------------------------------------------------------

    @Override
    public void startup() {
        // nothing to start: no database
    }

    @Override
    public void close() {
        // nothing to close
    }

    @Override
    public void shutdown() {
        // nothing to shut down
    }

    @Override
    public void drop() {
        // nothing to drop
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // every bake starts from an empty store
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public long getDocumentCount(String docType) {
        listed(docType);
        return allOfType(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        listed(docType);
        return publishedByType.getOrDefault(docType, List.of()).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        // Templates reach this one through JBake's "data" helper as a plain, modifiable map.
        DocumentList<DocumentModel> list = new DocumentList<>();
        for (DocumentModel doc : bySourceUri.getOrDefault(uri, List.of())) {
            DocumentModel copy = new DocumentModel();
            copy.putAll(doc);
            list.add(copy);
        }
        return list;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        for (DocumentModel doc : bySourceUri.getOrDefault(uri, List.of())) {
            DocumentModel status = new DocumentModel();
            status.put(ModelAttributes.SHA1, doc.get(ModelAttributes.SHA1));
            status.put(ModelAttributes.RENDERED, doc.get(ModelAttributes.RENDERED));
            list.add(status);
        }
        return list;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        listed("post");
        return page(publishedByType.getOrDefault("post", List.of()), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        listed("post");
        return copies(tagged(publishedByType.getOrDefault("post", List.of()), tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        listed("*");
        DocumentList<DocumentModel> list = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            list.addAll(copies(tagged(publishedByType.getOrDefault(docType, List.of()), tag)));
        }
        return list;
    }

    private static List<DocumentModel> tagged(List<DocumentModel> docs, String tag) {
        return docs.stream().filter(d -> Arrays.asList(tagsOf(d)).contains(tag)).toList();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        listed(docType);
        return copies(publishedByType.getOrDefault(docType, List.of()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        listed(docType);
        return copies(allOfType(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        listed(docType);
        return page(allOfType(docType), applyPaging);
    }

    private DocumentList<DocumentModel> page(List<DocumentModel> docs, boolean applyPaging) {
        if (applyPaging && getStart() >= 0 && getLimit() > -1) {
            int from = (int) Math.min(getStart(), docs.size());
            int to = (int) Math.min(from + getLimit(), docs.size());
            return copies(docs.subList(from, to));
        }
        return copies(docs);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return copies(toRender());
    }

    @Override
    public void deleteContent(String uri) {
        throw new UnsupportedOperationException("The in-memory store is rebuilt on every bake");
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        // the render loop renders each document once; nothing to remember
    }

    @Override
    public void deleteAllByDocType(String docType) {
        throw new UnsupportedOperationException("The in-memory store is rebuilt on every bake");
    }

    @Override
    public Set<String> getTags() {
        listed("post");
        Set<String> tags = new HashSet<>();
        for (DocumentModel doc : publishedByType.getOrDefault("post", List.of())) {
            tags.addAll(Arrays.asList(tagsOf(doc)));
        }
        return tags;
    }

    @Override
    public Set<String> getAllTags() {
        listed("*");
        Set<String> tags = new HashSet<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel doc : publishedByType.getOrDefault(docType, List.of())) {
                tags.addAll(Arrays.asList(tagsOf(doc)));
            }
        }
        return tags;
    }
}
