package org.lcmhub.hub.site;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;

/**
 * JBake's template engine for {@code .ftl} templates, set up as JBake's
 * {@link FreemarkerTemplateEngine} sets up Freemarker and rendering through JBake's own
 * {@link FreemarkerTemplateEngine.LazyLoadingModel} (so {@code published_guides}, {@code db},
 * {@code data}... come from JBake's model extractors), with two differences that only change
 * the cost: the store's documents are presented to templates through one shared hash each
 * ({@link StoredDocument}), and JBake's configuration is turned into a template map once per
 * bake instead of once per page. Templates of other engines go to JBake's delegating engine.
 */
final class HubTemplateEngine extends DelegatingTemplateEngine {

    private final Configuration freemarker;
    private final Map<String, Object> configMap;

    /** {@code freemarker}: the configuration of an earlier bake of the same templates, or null. */
    HubTemplateEngine(ContentStore db, JBakeConfiguration config, Configuration freemarker) {
        super(db, config);
        this.freemarker = freemarker != null ? freemarker : freemarker(config);
        configMap = Collections.unmodifiableMap(config.asHashMap());
    }

    /** Freemarker's configuration, with the templates it has parsed. */
    Configuration freemarker() {
        return freemarker;
    }

    private static Configuration freemarker(JBakeConfiguration config) {
        Configuration freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setObjectWrapper(new StoreObjectWrapper());
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("No template folder " + config.getTemplateFolder(), e);
        }
        return freemarker;
    }

    @Override
    public void renderDocument(org.jbake.template.model.TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        if (!templateName.endsWith(".ftl") || !new File(config.getTemplateFolder(), templateName).isFile()) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        model.setVersion(config.getVersion());
        model.setConfig(configMap);
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(new FreemarkerTemplateEngine.LazyLoadingModel(
                    freemarker.getObjectWrapper(), model, db, config), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** Freemarker's default wrapper of JBake's Freemarker setup, sharing the store's documents. */
    private static final class StoreObjectWrapper extends DefaultObjectWrapper {
        StoreObjectWrapper() {
            super(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof StoredDocument document) {
                return document.templateHash(this);
            }
            return super.wrap(obj);
        }
    }
}
