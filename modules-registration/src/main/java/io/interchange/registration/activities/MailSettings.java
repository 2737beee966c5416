package io.interchange.registration.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP relay and the templates folder (contracts §6 and §7: {@code SMTP_*}). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "8095")
    int port;

    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> password;

    /** STARTTLS, required when on. */
    @Inject
    @ConfigProperty(name = "smtp.tls", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "Interchange Events <events@interchange.example>")
    String from;

    @Inject
    @ConfigProperty(name = "smtp.timeout-ms", defaultValue = "5000")
    int timeoutMs;

    /** A folder whose templates replace the packaged ones, read without a rebuild or restart. */
    @Inject
    @ConfigProperty(name = "registration.templates-dir")
    Optional<String> templatesDir;

    public String host() { return host; }
    public int port() { return port; }
    public Optional<String> user() { return user.filter(u -> !u.isBlank()); }
    public Optional<String> password() { return password; }
    public boolean tls() { return tls; }
    public String from() { return from; }
    public int timeoutMs() { return timeoutMs; }
    public Optional<String> templatesDir() { return templatesDir.filter(d -> !d.isBlank()); }
}
