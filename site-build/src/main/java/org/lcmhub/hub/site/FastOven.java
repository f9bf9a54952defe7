package org.lcmhub.hub.site;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import freemarker.template.Configuration;

import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;
import org.jbake.util.HtmlUtil;

/**
 * A JBake bake without JBake's two costs that grow with the site, keeping everything else of
 * JBake: its configuration, {@link Parser} (header format, Markdown engine), {@link Renderer},
 * Freemarker template engine and model extractors, its other rendering tools (index, 404, feed,
 * sitemap, tags, archive) and its {@link Asset} copy.
 *
 * <ul>
 *   <li>JBake's {@code DocumentsRenderer} asks the store for <em>every</em> document of a type
 *       for each page it renders, only to find the previous and next ones: n queries of n
 *       documents. Here the previous/next links come from one sorted list, computed once.</li>
 *   <li>JBake's store is OrientDB: every template lookup ({@code published_guides}...) runs an SQL
 *       query and copies each record into a new map. {@link MemoryContentStore} answers the
 *       same queries from lists sorted once after the crawl.</li>
 * </ul>
 *
 * <p>With no shared database, parsing and rendering run on all cores: the parser, the renderer
 * and Freemarker's templates are safe to share between threads, and the store is read-only once
 * the crawl is over.
 *
 * <p>Given the {@link BakeState} of the bake before, it is incremental: only the content files
 * whose modification time or size changed are parsed again, and only the pages a changed document
 * touches are rendered (see {@link #selection}), plus the site's index, 404 page and sitemap;
 * the site's own assets are not copied again. The caller renders into an empty folder and keeps
 * the files whose bytes changed ({@link SiteModel}).
 */
final class FastOven {

    private final JBakeConfiguration config;
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    private int renderedCount;
    /** Only the document with this source URI (a preview), without the other pages and assets; null: all. */
    private final String only;
    /** The bake before, when this one is incremental; null: a whole bake. */
    private final BakeState previous;
    /** The documents changed since the previous bake, as they were and as they are (each that exists). */
    private final List<DocumentModel> changed = new ArrayList<>();
    /** Their translation groups ({@link #keyOf}). */
    private final Set<String> changedKeys = new HashSet<>();
    private final List<String> removedOutputs = new ArrayList<>();
    private final Map<String, Set<String>> listsRead = new ConcurrentHashMap<>();
    private final Map<String, BakeState.Parsed> parsedNow = new ConcurrentHashMap<>();
    private Map<String, String> contentAssets = Map.of();
    private final Map<DocumentModel, StoredDocument> stored = new IdentityHashMap<>();
    private Configuration templates;

    FastOven(JBakeConfiguration config) {
        this(config, null, null);
    }

    FastOven(JBakeConfiguration config, String only) {
        this(config, only, null);
    }

    FastOven(JBakeConfiguration config, String only, BakeState previous) {
        this.config = config;
        this.only = only;
        this.previous = previous;
    }

    /** What the next bake needs to be incremental. */
    BakeState state() {
        return new BakeState(Map.copyOf(parsedNow), Map.copyOf(listsRead), Map.copyOf(contentAssets),
                Collections.unmodifiableMap(new IdentityHashMap<>(stored)), templates);
    }

    /** The published guides as parsed, in the order of their files. */
    List<GuideSources.Entry> guideSources() {
        List<GuideSources.Entry> guides = new ArrayList<>();
        parsedNow.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            DocumentModel doc = e.getValue().document();
            if (doc != null && "guide".equals(doc.getType()) && ModelAttributes.Status.PUBLISHED.equals(doc.getStatus())) {
                String source = doc.getSourceuri().replaceAll("\\.html$", ".md");
                Object key = doc.get("translationKey");
                guides.add(new GuideSources.Entry(new File(e.getKey()).toPath(),
                        doc.getTitle() == null ? null : doc.getTitle().strip(), key == null ? null : key.toString().strip(), source));
            }
        });
        return guides;
    }

    /**
     * The documents that changed since the previous bake, as they were and as they are (a new
     * one once, a removed one once, an edited one twice); empty for a whole bake.
     */
    List<DocumentModel> changedDocuments() {
        return List.copyOf(changed);
    }

    /** Files of the previous bake's output (paths under it) that this bake no longer writes. */
    List<String> removedOutputs() {
        return List.copyOf(removedOutputs);
    }

    List<Throwable> errors() {
        return List.copyOf(errors);
    }

    int renderedCount() {
        return renderedCount;
    }

    void bake() {
        String locale = config.getJvmLocale();
        Locale.setDefault(locale != null ? LocaleUtils.toLocale(locale) : Locale.getDefault());
        registerDocumentTypes();

        MemoryContentStore store = new MemoryContentStore();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bake");
            thread.setDaemon(true);
            return thread;
        });
        try {
            crawl(store, pool);
            store.seal();
            HubTemplateEngine engine = new HubTemplateEngine(store, config, previous == null ? null : previous.templates());
            templates = engine.freemarker();
            Renderer renderer = new Renderer(store, config, engine);
            renderDocuments(store, renderer, pool, previous == null ? null : selection(store));
            if (only != null) {
                return;
            }
            renderOthers(store, renderer);
        } finally {
            pool.shutdownNow();
        }
        Asset asset = new Asset(config);
        if (previous == null) {
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
        }
        copyContentAssets();
        errors.addAll(asset.getErrors());
    }

    /**
     * Files of content/ that are not documents (images) are copied as they are: by a whole bake
     * all at once; by an incremental one only those that are new or changed, and those gone are
     * listed as removed outputs.
     */
    private void copyContentAssets() {
        File folder = config.getContentFolder();
        List<File> files = new ArrayList<>();
        listFiles(folder, FileUtil.getNotContentFileFilter(config), files);
        Map<String, String> now = new LinkedHashMap<>();
        for (File file : files) {
            String path = folder.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/');
            String stamp = file.lastModified() + "/" + file.length();
            now.put(path, stamp);
            if (previous != null && !stamp.equals(previous.contentAssets().get(path))) {
                try {
                    Path to = config.getDestinationFolder().toPath().resolve(path);
                    Files.createDirectories(to.getParent());
                    Files.copy(file.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    errors.add(e);
                }
            }
        }
        if (previous != null) {
            previous.contentAssets().keySet().stream().filter(p -> !now.containsKey(p)).forEach(removedOutputs::add);
        }
        contentAssets = now;
    }

    /** As {@code Oven.updateDocTypesFromConfiguration}: JBake keeps the types in JVM-wide singletons. */
    private void registerDocumentTypes() {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String docType : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(docType);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    // --- crawl: what JBake's Crawler does, with the parsing spread over the pool ------------

    private void crawl(MemoryContentStore store, ExecutorService pool) {
        List<File> content = new ArrayList<>();
        listFiles(config.getContentFolder(), FileUtil.getFileFilter(config), content);
        List<File> data = new ArrayList<>();
        listFiles(config.getDataFolder(), FileUtil.getDataFileFilter(), data);

        Parser parser = new Parser(config);
        List<DocumentModel> parsed = inParallel(pool, content.size(), i -> parseOrReuse(parser, content.get(i)));
        if (previous != null) {
            findChanges();
        }
        List<DocumentModel> parsedData = inParallel(pool, data.size(), i -> parseData(parser, data.get(i)));
        // Added in crawl order, as the Crawler adds them: the order of documents with equal dates.
        for (DocumentModel doc : parsed) {
            StoredDocument before = doc == null || previous == null ? null : previous.stored().get(doc);
            if (before != null && !changedKeys.contains(keyOf(doc))) {
                store.addStored(before);
                stored.put(doc, before);
            } else if (doc != null) {
                stored.put(doc, store.add(doc));
            }
        }
        parsedData.stream().filter(Objects::nonNull).forEach(store::addDocument);
    }

    private static void listFiles(File folder, FileFilter filter, List<File> into) {
        File[] files = folder.listFiles(filter);
        if (files == null) {
            return;
        }
        Arrays.sort(files);
        for (File file : files) {
            if (file.isFile()) {
                into.add(file);
            } else if (file.isDirectory()) {
                listFiles(file, filter, into);
            }
        }
    }

    /** The file's document as the previous bake parsed it when the file did not change since. */
    private DocumentModel parseOrReuse(Parser parser, File file) {
        long modified = changed(file);
        long size = file.length();
        BakeState.Parsed before = previous == null ? null : previous.parsed().get(file.getPath());
        BakeState.Parsed now = before != null && before.modified() == modified && before.size() == size
                ? before : new BakeState.Parsed(modified, size, parseContent(parser, file));
        parsedNow.put(file.getPath(), now);
        return now.document();
    }

    /**
     * When the file last changed: its status change time where the platform has one (any write
     * sets it, and unlike the modification time nothing sets it back: copies keep their source's
     * modification time), else its modification time.
     */
    private static long changed(File file) {
        try {
            Object ctime = Files.getAttribute(file.toPath(), "unix:ctime");
            if (ctime instanceof java.nio.file.attribute.FileTime time) {
                return time.to(java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: the modification time
        }
        return file.lastModified();
    }

    private void findChanges() {
        Set<String> files = new HashSet<>(previous.parsed().keySet());
        files.addAll(parsedNow.keySet());
        for (String file : files) {
            BakeState.Parsed before = previous.parsed().get(file);
            BakeState.Parsed now = parsedNow.get(file);
            if (before == now) {
                continue;
            }
            DocumentModel was = before == null ? null : before.document();
            DocumentModel is = now == null ? null : now.document();
            for (DocumentModel doc : new DocumentModel[] {was, is}) {
                if (doc != null) {
                    changed.add(doc);
                    if (keyOf(doc) != null) {
                        changedKeys.add(keyOf(doc));
                    }
                }
            }
            if (was != null && !isRendered(was)) {
                continue;
            }
            if (was != null && (is == null || !isRendered(is) || !outputOf(is).equals(outputOf(was)))) {
                removedOutputs.add(outputOf(was));
            }
        }
    }

    /** Drafts are not rendered (see {@link #renderDocuments}). */
    private static boolean isRendered(DocumentModel doc) {
        return !"draft".equals(doc.getStatus());
    }

    /** Where JBake's Renderer writes a document: its URI with its type's output extension. */
    private String outputOf(DocumentModel doc) {
        String uri = doc.getUri();
        int slash = uri.lastIndexOf('/');
        int dot = uri.lastIndexOf('.');
        String base = dot > slash ? uri.substring(0, dot) : uri;
        return base + config.getOutputExtensionByDocType(doc.getType());
    }

    private DocumentModel parseContent(Parser parser, File file) {
        DocumentModel document = parser.processFile(file);
        if (document == null || !DocumentTypes.contains(document.getType())) {
            return null; // JBake skips these too (logged by its parser)
        }
        String uri = uriOf(file);
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        document.setSha1(sha1(file));
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        if (ModelAttributes.Status.PUBLISHED_DATE.equals(document.getStatus())
                && document.getDate() != null && new Date().after(document.getDate())) {
            document.setStatus(ModelAttributes.Status.PUBLISHED);
        }
        if (config.getUriWithoutExtension()) {
            document.setNoExtensionUri(uri.replace("/index.html", "/"));
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
        return document;
    }

    private DocumentModel parseData(Parser parser, File file) {
        DocumentModel document = parser.processFile(file);
        if (document == null) {
            return null;
        }
        String uri = FileUtil.asPath(file).replace(FileUtil.asPath(config.getDataFolder()), "");
        document.setSha1(sha1(file));
        document.setRendered(true);
        document.setFile(file.getPath());
        document.setSourceUri(uri.startsWith("/") ? uri.substring(1) : uri);
        document.setType(config.getDataFileDocType());
        return document;
    }

    private static String sha1(File file) {
        try {
            return FileUtil.sha1(file);
        } catch (Exception e) {
            return "";
        }
    }

    /** The Crawler's URI: the path under content/, its extension replaced by the output one. */
    private String uriOf(File file) {
        String relative = FileUtil.asPath(file).replace(FileUtil.asPath(config.getContentFolder()), "");
        String name = file.getName();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String folder = relative.substring(0, relative.length() - name.length());
        String encoded = URLEncoder.encode(base, StandardCharsets.UTF_8);
        String uri;
        if (config.getUriWithoutExtension() && config.getPrefixForUriWithoutExtension() != null
                && !config.getPrefixForUriWithoutExtension().isEmpty()
                && relative.startsWith(config.getPrefixForUriWithoutExtension())) {
            uri = folder + encoded + "/index" + config.getOutputExtension();
        } else {
            uri = folder + encoded + config.getOutputExtension();
        }
        if (!uri.startsWith("/")) {
            uri = "/" + uri;
        }
        return uri.substring(1);
    }

    // --- render ---------------------------------------------------------------------------

    /**
     * JBake's DocumentsRenderer, with previous/next found in one pass per type: "next" is the
     * nearest newer published document, "previous" the nearest older one.
     */
    private void renderDocuments(MemoryContentStore store, Renderer renderer, ExecutorService pool, Set<String> selected) {
        // JBake's Oven writes a draft as <name>-draft.html: on a public bucket that is an unpublished
        // guide still served (and indexed for search). A draft is baked for its page only when asked.
        List<StoredDocument> toRender = only == null
                ? store.toRender().stream().filter(FastOven::isRendered)
                        .filter(d -> selected == null || selected.contains(d.getSourceuri())).toList()
                : store.toRender().stream().filter(d -> only.equals(d.getSourceuri())).toList();
        if (previous != null) {
            Set<String> present = new HashSet<>();
            store.toRender().forEach(d -> present.add(d.getSourceuri()));
            previous.listsRead().forEach((uri, lists) -> {
                if (present.contains(uri)) {
                    listsRead.put(uri, lists);
                }
            });
        }
        Map<String, Map<String, DocumentModel[]>> navigation = new HashMap<>();
        for (DocumentModel doc : toRender) {
            navigation.computeIfAbsent(doc.getType(), type -> navigationOf(store.allOfType(type)));
        }
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> done = inParallel(pool, toRender.size(), i -> {
            StoredDocument doc = toRender.get(i);
            DocumentModel[] nav = navigation.get(doc.getType()).get(doc.getSourceuri());
            DocumentModel page = new DocumentModel();
            page.putAll(doc);
            page.setPreviousContent(nav[0]);
            page.setNextContent(nav[1]);
            page.put(StoredDocument.TRANSLATIONS, doc.translations());
            try {
                listsRead.put(doc.getSourceuri(), Set.copyOf(MemoryContentStore.listsReadBy(() -> renderer.render(page))));
                return true;
            } catch (Exception e) {
                failures.add(e.getMessage());
                return false;
            }
        });
        renderedCount += (int) done.stream().filter(Boolean.TRUE::equals).count();
        if (!failures.isEmpty()) {
            errors.add(new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", failures)));
        }
    }

    /**
     * The pages an incremental bake renders again (by source URI): those of the changed documents;
     * the documents that share a changed document's translation key (their language links); and
     * the pages that listed documents of a changed one's type while rendered, in its language (or
     * without one), narrowed for a page about one {@code tag} or {@code role} to the changed
     * documents that have or had it. Templates list documents only through the store's queries,
     * which the render loop records ({@link MemoryContentStore#listsReadBy}); a page never
     * recorded (none yet) is rendered.
     */
    private Set<String> selection(MemoryContentStore store) {
        Set<String> selected = new HashSet<>();
        changed.forEach(doc -> selected.add(doc.getSourceuri()));
        if (changed.isEmpty()) {
            return selected;
        }
        for (StoredDocument doc : store.toRender()) {
            Set<String> lists = previous.listsRead().get(doc.getSourceuri());
            if (selected.contains(doc.getSourceuri())
                    || changedKeys.contains(keyOf(doc))
                    || lists == null
                    || changed.stream().anyMatch(c -> (lists.contains(c.getType()) || lists.contains("*")) && shows(doc, c))) {
                selected.add(doc.getSourceuri());
            }
        }
        return selected;
    }

    /** Its translation group: type and translation key; null without a key. */
    private static String keyOf(DocumentModel doc) {
        Object key = doc.get("translationKey");
        return key == null ? null : doc.getType() + "\n" + key.toString().trim();
    }

    /**
     * Whether a page that lists documents may show {@code doc}: same language (unless the page says
     * {@code lists=every-language}, as the pages naming the guides of 1:1 reports do), and its tag or role.
     */
    private static boolean shows(DocumentModel page, DocumentModel doc) {
        String language = languageOf(page);
        if (language != null && !language.equals(languageOf(doc)) && !"every-language".equals(page.get("lists"))) {
            return false;
        }
        for (String field : List.of("tag", "role")) {
            Object only = page.get(field);
            if (only != null && !only.toString().isBlank()
                    && !values(doc.get(field + "s")).contains(only.toString().trim())) {
                return false;
            }
        }
        return true;
    }

    /** Its {@code language}, else the first folder of its URI (as the templates' langOf). */
    private static String languageOf(DocumentModel doc) {
        Object language = doc.get("language");
        if (language != null && !language.toString().isBlank()) {
            return language.toString().trim();
        }
        String uri = doc.getUri() == null ? "" : doc.getUri();
        int slash = uri.indexOf('/');
        return slash > 0 ? uri.substring(0, slash) : null;
    }

    /** A field of several values as JBake keeps it: an array, a list, or a comma-separated text. */
    private static List<String> values(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(v -> String.valueOf(v).trim()).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> String.valueOf(v).trim()).toList();
        }
        return value == null ? List.of() : Arrays.stream(value.toString().split(",")).map(String::trim).toList();
    }

    /** For each document of one type (newest first): {previous, next} as JBake's nav models. */
    private static Map<String, DocumentModel[]> navigationOf(List<DocumentModel> typed) {
        Map<String, DocumentModel[]> result = new HashMap<>();
        int n = typed.size();
        DocumentModel[] newer = new DocumentModel[n];
        DocumentModel[] older = new DocumentModel[n];
        DocumentModel last = null;
        for (int i = 0; i < n; i++) {
            newer[i] = last;
            if (isPublished(typed.get(i))) {
                last = typed.get(i);
            }
        }
        last = null;
        for (int i = n - 1; i >= 0; i--) {
            older[i] = last;
            if (isPublished(typed.get(i))) {
                last = typed.get(i);
            }
        }
        for (int i = 0; i < n; i++) {
            result.put(typed.get(i).getSourceuri(), new DocumentModel[] {navModel(older[i]), navModel(newer[i])});
        }
        return result;
    }

    private static boolean isPublished(DocumentModel doc) {
        return ModelAttributes.Status.PUBLISHED.equals(doc.getStatus());
    }

    /** What JBake's DocumentsRenderer gives a template as previous/next: uri and title only. */
    private static DocumentModel navModel(DocumentModel doc) {
        if (doc == null) {
            return null;
        }
        DocumentModel nav = new DocumentModel();
        nav.setNoExtensionUri(doc.getNoExtensionUri());
        nav.setUri(doc.getUri());
        nav.setTitle(doc.getTitle());
        return nav;
    }

    /** JBake's other rendering tools (index, 404, feed, sitemap, tags, archive), as the Oven runs them. */
    private void renderOthers(MemoryContentStore store, Renderer renderer) {
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            if (tool instanceof DocumentsRenderer) {
                continue;
            }
            try {
                renderedCount += tool.render(renderer, store, config);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
    }

    private static <T> List<T> inParallel(ExecutorService pool, int count, IntFunction<T> task) {
        List<Future<T>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.apply(index)));
        }
        List<T> results = new ArrayList<>(count);
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while baking", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Baking failed: " + e.getCause(), e.getCause());
            }
        }
        return results;
    }
}
