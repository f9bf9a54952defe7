package org.lcmhub.hub.site;

import java.io.File;
import java.io.FileFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

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
 */
final class FastOven {

    private final JBakeConfiguration config;
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    private int renderedCount;
    /** Only the document with this source URI (a preview), without the other pages and assets; null: all. */
    private final String only;

    FastOven(JBakeConfiguration config) {
        this(config, null);
    }

    FastOven(JBakeConfiguration config, String only) {
        this.config = config;
        this.only = only;
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
            Renderer renderer = new Renderer(store, config, new HubTemplateEngine(store, config));
            renderDocuments(store, renderer, pool);
            if (only != null) {
                return;
            }
            renderOthers(store, renderer);
        } finally {
            pool.shutdownNow();
        }
        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        errors.addAll(asset.getErrors());
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
        List<DocumentModel> parsed = inParallel(pool, content.size(), i -> parseContent(parser, content.get(i)));
        List<DocumentModel> parsedData = inParallel(pool, data.size(), i -> parseData(parser, data.get(i)));
        // Added in crawl order, as the Crawler adds them: the order of documents with equal dates.
        parsed.stream().filter(Objects::nonNull).forEach(store::addDocument);
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
    private void renderDocuments(MemoryContentStore store, Renderer renderer, ExecutorService pool) {
        // JBake's Oven writes a draft as <name>-draft.html: on a public bucket that is an unpublished
        // guide still served (and indexed for search). A draft is baked for its page only when asked.
        List<StoredDocument> toRender = only == null
                ? store.toRender().stream().filter(d -> !"draft".equals(d.getStatus())).toList()
                : store.toRender().stream().filter(d -> only.equals(d.getSourceuri())).toList();
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
                renderer.render(page);
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
