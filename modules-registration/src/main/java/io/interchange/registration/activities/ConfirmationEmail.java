package io.interchange.registration.activities;

import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.message.Envelope;
import io.interchange.registration.signup.Activity;
import io.interchange.registration.signup.Registration;
import io.interchange.registration.signup.RegistrationDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;

/**
 * The "confirmation email" activity: renders the templates and sends through SMTP (contracts §6),
 * then marks the step. SMTP is not transactional: a crash after the send and before the commit
 * sends again, with the same {@code Message-ID}, so the copy is recognisable.
 */
@ApplicationScoped
public class ConfirmationEmail {

    static final String SYSTEM = "smtp";
    static final String TEMPLATE = "registration-confirmation";

    @Inject
    MailSettings settings;

    @Inject
    EmailTemplates templates;

    @Inject
    FanIn fanIn;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Envelope message) {
        RegistrationDetails details = CanonicalJson.read(message.data(), RegistrationDetails.class);
        Registration registration = fanIn.lock(details.registrationId());
        if (registration.isDone(Activity.CONFIRMATION_EMAIL)) {
            return;
        }
        EmailTemplates.Rendered email = templates.render(TEMPLATE, Map.of("registration", details));
        try {
            Transport.send(mime(details, email));
        } catch (SendFailedException e) {
            throw new PermanentFailure(SYSTEM, "the mail server refused " + details.email() + ": " + e.getMessage());
        } catch (MessagingException e) {
            throw new TransientFailure(SYSTEM, "sending the confirmation failed: " + rootMessage(e), null, e,
                    e.getCause() instanceof IOException);
        }
        fanIn.done(registration, Activity.CONFIRMATION_EMAIL);
    }

    /** The Message-ID of a registration's confirmation, the same for every send. */
    static String messageId(String registrationId) {
        return "<" + registrationId + ".confirmation@interchange>";
    }

    private MimeMessage mime(RegistrationDetails details, EmailTemplates.Rendered email) throws MessagingException {
        String messageId = messageId(details.registrationId());
        MimeMessage mime = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(details.email(), details.firstName() + " " + details.lastName(), "UTF-8"));
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw new PermanentFailure(SYSTEM, "not a valid address: " + e.getMessage());
        }
        mime.setSubject(email.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        return mime;
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        String timeout = Integer.toString(settings.timeoutMs());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        if (settings.tls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.user().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
