package org.lcmhub.hub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes the static site with JBake 2.7.0.
 *
 * <p>The checkout root holds {@code site/} (the JBake project: {@code jbake.properties},
 * {@code templates/}, {@code assets/}) and {@code content/} (the Markdown that LCMs write).
 * JBake would look for content in {@code site/content}; this class points it at
 * {@code <root>/content} instead.
 */
public final class SiteBaker {

    /** What one bake did; {@code warnings} are the content validation's (e.g. a missing translation). */
    public record BakeReport(Path outputDir, int documentsRendered, Duration duration,
                             List<ContentValidator.Problem> warnings) {
    }

    /** A bake that JBake reported errors for; {@link #errors()} holds them as JBake gave them. */
    public static final class BakeException extends RuntimeException {
        private final transient List<Throwable> errors;

        BakeException(Path root, List<Throwable> errors) {
            super("JBake failed to bake " + root + " (" + errors.size() + " error(s)):\n"
                    + errors.stream().map(SiteBaker::describe).collect(Collectors.joining("\n")),
                    errors.isEmpty() ? null : errors.get(0));
            this.errors = List.copyOf(errors);
        }

        public List<Throwable> errors() {
            return errors;
        }
    }

    /**
     * OrientDB (JBake's content store) and FreeMarker log through java.util.logging, not slf4j, so
     * logback.xml does not reach them. OrientDB chats at INFO and WARNING on every bake; FreeMarker
     * repeats template errors that JBake already reports. Held here because JUL keeps loggers
     * weakly: a level set on an unreferenced logger is lost at the next GC.
     */
    private static final List<Logger> QUIET_JUL_LOGGERS = List.of(
            quiet("com.orientechnologies", Level.SEVERE),
            quiet("freemarker", Level.OFF));

    private SiteBaker() {
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    /** Which JBake oven bakes. */
    public enum Engine {
        /** {@link FastOven}: JBake's parser, renderer and templates over an in-memory store. */
        FAST,
        /** JBake's stock {@link Oven} with its OrientDB store: the baseline the bench measures against. */
        STOCK
    }

    /**
     * Validates {@code root/content} ({@link ContentValidator}), then bakes {@code root/site} with
     * it into {@code outputDir}. Content with errors is not baked: {@code outputDir} is left as
     * it was.
     *
     * @throws ContentValidator.InvalidContent if the content has errors (all of them, as {@code file:line: message})
     * @throws BakeException if JBake reports any error
     */
    public static BakeReport bake(Path root, Path outputDir) {
        long start = System.nanoTime();
        ContentValidator.Result validation = ContentValidator.validate(root);
        if (!validation.ok()) {
            throw new ContentValidator.InvalidContent(validation);
        }
        BakeReport baked = bake(root, outputDir, Engine.FAST);
        return new BakeReport(baked.outputDir(), baked.documentsRendered(),
                Duration.ofNanos(System.nanoTime() - start), validation.warnings());
    }

    /**
     * Bakes with the given oven, without validating the content first. Synchronized because
     * JBake keeps its document types and template model extractors in JVM-wide singletons.
     *
     * @throws BakeException if JBake reports any error
     * @throws Messages.InvalidMessages if the message catalogue ({@code site/messages/}) has problems
     */
    public static synchronized BakeReport bake(Path root, Path outputDir, Engine engine) {
        Path base = root.toAbsolutePath().normalize();
        Path output = outputDir.toAbsolutePath().normalize();
        long start = System.nanoTime();
        if (engine == Engine.FAST) {
            int rendered = bakeWith(base, output, null).renderedCount();
            return new BakeReport(output, rendered, Duration.ofNanos(System.nanoTime() - start), List.of());
        }
        Messages messages = Messages.read(base.resolve("site"));
        DefaultJBakeConfiguration config = configuration(base, output);
        config.setProperty("messages", messages.byLanguage());
        Oven oven = new Oven(config);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        int rendered = renderedCount(oven);
        if (!errors.isEmpty()) {
            throw new BakeException(base, errors);
        }
        messages.writeScripts(output);
        GuideSources.write(base, output);
        return new BakeReport(output, rendered, Duration.ofNanos(System.nanoTime() - start), List.of());
    }

    /**
     * Bakes with {@link FastOven}, without validating: the whole site when {@code previous} is null,
     * else only what changed since that bake ({@link SiteModel}), with the sources of the changed
     * guides. Returns the oven, which holds what the bake did and the state for the next one.
     */
    static synchronized FastOven bakeWith(Path base, Path output, BakeState previous) {
        Messages messages = Messages.read(base.resolve("site"));
        DefaultJBakeConfiguration config = configuration(base, output);
        config.setProperty("messages", messages.byLanguage());
        FastOven oven = new FastOven(config, null, previous);
        oven.bake();
        if (!oven.errors().isEmpty()) {
            throw new BakeException(base, oven.errors());
        }
        if (previous == null) {
            messages.writeScripts(output);
            GuideSources.write(oven.guideSources(), output, source -> true);
        } else {
            java.util.Set<String> changed = new java.util.HashSet<>();
            oven.changedDocuments().forEach(d -> changed.add(d.getSourceuri()));
            GuideSources.write(oven.guideSources(), output, source -> changed.contains(source.replaceAll("\\.md$", ".html")));
        }
        return oven;
    }

    /**
     * Renders one content file (its path under content/, e.g. {@code en/guides/x.md}) as the bake
     * would, with every other document known to its templates but nothing else written: the
     * preview of a guide. Returns the page's HTML.
     */
    public static synchronized String renderPage(Path root, Path outputDir, String contentPath) {
        Path base = root.toAbsolutePath().normalize();
        Messages messages = Messages.read(base.resolve("site"));
        DefaultJBakeConfiguration config = configuration(base, outputDir.toAbsolutePath().normalize());
        config.setProperty("messages", messages.byLanguage());
        String uri = contentPath.replaceAll("\\.md$", config.getOutputExtension());
        FastOven oven = new FastOven(config, uri);
        oven.bake();
        if (!oven.errors().isEmpty()) {
            throw new BakeException(base, oven.errors());
        }
        try {
            return Files.readString(outputDir.resolve(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("The page " + uri + " was not rendered", e);
        }
    }

    /** JBake's configuration from site/jbake.properties, with content/ beside site/ and a memory store. */
    static DefaultJBakeConfiguration configuration(Path base, Path output) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(base.resolve("site").toFile(), output.toFile(), true);
        config.setContentFolder(base.resolve("content").toFile());
        config.setDatabaseStore("memory");
        config.addConfiguration(Taxonomy.read(base.resolve("site")).properties());
        return config;
    }

    /** JBake logs "Baked N items" but keeps N in a private field of the Oven. */
    private static int renderedCount(Oven oven) {
        try {
            Field field = Oven.class.getDeclaredField("renderedCount");
            field.setAccessible(true);
            return field.getInt(oven);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(" - ").append(error);
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            text.append("\n   caused by ").append(cause);
        }
        return text.toString();
    }

    /** Bakes from the command line: {@code SiteBaker [root] [outputDir]}. */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path output = args.length > 1 ? Path.of(args[1]) : root.resolve("local-hub/target/site");
        BakeReport report = bake(root, output);
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        System.out.printf("Baked %d documents into %s in %d ms%n",
                report.documentsRendered(), report.outputDir(), report.duration().toMillis());
    }
}
