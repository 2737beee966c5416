package io.interchange.registration.activities;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.interchange.platform.delivery.PermanentFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders emails with FreeMarker. A template in the configured folder
 * ({@code registration.templates-dir}) wins over the packaged one of the same name, and an edit
 * there is picked up within seconds, without a rebuild. HTML templates ({@code .ftlh}) escape
 * every value.
 */
@ApplicationScoped
public class EmailTemplates {

    private static final Logger LOG = Logger.getLogger(EmailTemplates.class.getName());

    /** A rendered email: subject, plain text and HTML. */
    public record Rendered(String subject, String text, String html) {
    }

    /** A folder whose templates replace the packaged ones, read without a rebuild or restart. */
    @Inject
    @ConfigProperty(name = "registration.templates-dir")
    Optional<String> templatesDir;

    private Configuration configuration;

    public Rendered render(String name, Map<String, Object> model) {
        return new Rendered(process(name + ".subject.ftl", model).strip(), process(name + ".txt.ftl", model),
                process(name + ".html.ftlh", model));
    }

    private String process(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            configuration().getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            // a broken or missing template is fixed by an operator, then the message resubmitted
            throw new PermanentFailure("smtp", "email template " + template + " cannot be rendered: " + e.getMessage());
        }
    }

    private synchronized Configuration configuration() throws IOException {
        if (configuration == null) {
            Configuration c = new Configuration(Configuration.VERSION_2_3_33);
            List<TemplateLoader> loaders = new ArrayList<>();
            Optional<String> folder = templatesDir.filter(d -> !d.isBlank());
            if (folder.isPresent()) {
                File dir = new File(folder.get());
                if (dir.isDirectory()) {
                    loaders.add(new FileTemplateLoader(dir));
                    LOG.info("email templates: " + dir.getAbsolutePath() + ", then the packaged ones");
                } else {
                    LOG.warning("registration.templates-dir " + dir + " is not a folder; using the packaged templates");
                }
            }
            loaders.add(new ClassTemplateLoader(EmailTemplates.class, "/templates"));
            MultiTemplateLoader loader = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
            loader.setSticky(false); // a template added to the folder later wins too, not only edits
            c.setTemplateLoader(loader);
            c.setTemplateUpdateDelayMilliseconds(2000);
            c.setDefaultEncoding(StandardCharsets.UTF_8.name());
            c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            c.setLogTemplateExceptions(false);
            c.setRecognizeStandardFileExtensions(true);
            configuration = c;
        }
        return configuration;
    }
}
