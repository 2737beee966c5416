package io.interchange.platform.alerts;

import io.interchange.platform.mail.SmtpRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails each new alert to the operators ({@code interchange.alerts.mail-to}) through the SMTP
 * relay ({@code smtp.*}). Driven by the system watch's tick, from the alert rows:
 * an alert raised just before a crash, or while the mail server was away, is mailed later; one
 * mail per alert (per incident), never one per failed message.
 */
@ApplicationScoped
public class AlertMail {

    private static final Logger LOG = Logger.getLogger(AlertMail.class.getName());
    static final Duration AFTER_FAILURE = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "interchange.alerts.mail-to")
    Optional<String> mailTo;

    @Inject
    SmtpRelay relay;

    private volatile Instant pausedUntil = Instant.EPOCH;

    /** Mails the active alerts not mailed yet; after a failure, waits a while before trying again. */
    @Transactional
    public void sendPending() {
        String recipients = mailTo.map(String::strip).orElse("");
        if (recipients.isEmpty() || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        List<Alert> pending = em.createQuery("select a from Alert a where a.mailedAt is null and a.status <> :resolved"
                + " order by a.id", Alert.class).setParameter("resolved", AlertStatus.RESOLVED).setMaxResults(20)
                .getResultList();
        for (Alert alert : pending) {
            try {
                Transport.send(mail(alert, recipients));
                alert.mailed(Instant.now());
                LOG.info(() -> "alert " + alert.id() + " mailed to " + recipients);
            } catch (MessagingException e) {
                pausedUntil = Instant.now().plus(AFTER_FAILURE);
                LOG.log(Level.WARNING, "could not mail alert " + alert.id() + "; trying again in "
                        + AFTER_FAILURE.toSeconds() + " s: " + e.getMessage());
                return;
            }
        }
    }

    private MimeMessage mail(Alert alert, String recipients) throws MessagingException {
        MimeMessage mime = relay.message("<alert-" + alert.id() + "@interchange>");
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipients));
        mime.setHeader("X-Priority", alert.priority() == AlertPriority.HIGH ? "1" : "3");
        mime.setSubject("[Interchange " + alert.priority() + "] " + alert.title(), "UTF-8");
        mime.setText("""
                %s

                Kind:      %s
                Incident:  %s
                Since:     %s
                Detail:    %s

                Alert %d: acknowledge it on the console's Alerts page (or POST
                /api/v1/operations/alerts/%<d/acknowledge) once someone is on it.
                """.formatted(alert.title(), alert.kind(), alert.incidentKey(), alert.firstAt(), alert.detail(),
                alert.id()), "UTF-8");
        return mime;
    }
}
