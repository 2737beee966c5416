package io.interchange.registration.activities;

import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.mail.SmtpRelay;
import io.interchange.platform.message.Envelope;
import io.interchange.registration.signup.Activity;
import io.interchange.registration.signup.Registration;
import io.interchange.registration.signup.RegistrationDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Map;

/**
 * The "confirmation email" activity: renders the templates and sends through SMTP,
 * then marks the step. SMTP is not transactional: a crash after the send and before the commit
 * sends again, with the same {@code Message-ID}, so the copy is recognisable.
 */
@ApplicationScoped
public class ConfirmationEmail {

    static final String SYSTEM = SmtpRelay.SYSTEM;
    static final String TEMPLATE = "registration-confirmation";

    @Inject
    SmtpRelay relay;

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
        MimeMessage mime = relay.message(messageId(details.registrationId()));
        try {
            mime.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(details.email(), details.firstName() + " " + details.lastName(), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
