package io.interchange.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP relay every email goes out through ({@code smtp.*}, environment
 * {@code SMTP_*}): host, port, STARTTLS, credentials and the sender, with timeouts so that a
 * mail server that hangs fails a delivery instead of holding it.
 */
@ApplicationScoped
public class SmtpRelay {

    /** The system name deliveries through SMTP report their failures under. */
    public static final String SYSTEM = "smtp";

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
    @ConfigProperty(name = "smtp.from", defaultValue = "Interchange <interchange@interchange.example>")
    String from;

    @Inject
    @ConfigProperty(name = "smtp.timeout-ms", defaultValue = "5000")
    int timeoutMs;

    /**
     * A new message from the configured sender with a fixed {@code Message-ID}: the same message
     * sent twice (a retry after a crash) carries the same id, so the copy is recognisable.
     */
    public MimeMessage message(String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        return message;
    }

    Session session() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        String timeout = Integer.toString(timeoutMs);
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        if (tls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Optional<String> login = user.filter(u -> !u.isBlank());
        if (login.isEmpty()) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        PasswordAuthentication credentials = new PasswordAuthentication(login.get(), password.orElse(""));
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        });
    }
}
