package io.interchange.simulators.smtp;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.interchange.simulators.SimulatorReset;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP sink: a GreenMail SMTP server on an ephemeral loopback port, started on first use
 * (the relays ask for its address when the application starts) and stopped with the
 * application. GreenMail delivers a mail once per recipient; the sink keeps it once per SMTP
 * transaction, parsed, the newest {@code sim.smtp.max-messages} of them, and GreenMail's own
 * mailboxes hold at most one mail each, so memory stays bounded.
 */
@ApplicationScoped
public class SmtpSink {

    private static final Logger LOG = Logger.getLogger(SmtpSink.class.getName());
    private static final String LOOPBACK = "127.0.0.1";

    @Inject
    @ConfigProperty(name = "sim.smtp.max-messages", defaultValue = "10000")
    int maxMessages;

    private GreenMail greenMail;
    private final Deque<ReceivedMail> mails = new ArrayDeque<>();
    /** The mail being delivered to its recipients one by one; kept once. */
    private WeakReference<MovingMessage> delivering = new WeakReference<>(null);

    public SmtpSink() {
    }

    SmtpSink(int maxMessages) {
        this.maxMessages = maxMessages;
    }

    /** Where the SMTP server listens (on loopback only); starts it when it is not running. */
    public synchronized InetSocketAddress address() {
        if (greenMail == null) {
            start();
        }
        return new InetSocketAddress(LOOPBACK, greenMail.getSmtp().getPort());
    }

    private void start() {
        GreenMail server = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        UserManager users = server.getUserManager();
        MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            keep(message);
            GreenMailUser user = delivery.handle(message, recipient);
            emptyInbox(server, user);
            return user;
        });
        greenMail = server;
        LOG.info(() -> "SMTP sink listens on " + LOOPBACK + ":" + server.getSmtp().getPort());
    }

    private void keep(MovingMessage message) {
        synchronized (mails) {
            if (delivering.get() == message) {
                return;
            }
            delivering = new WeakReference<>(message);
            List<String> recipients = message.getToAddresses().stream().map(MailAddress::getEmail).toList();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            ReceivedMail mail;
            try {
                mail = ReceivedMail.of(message.getMessage(), recipients, now);
            } catch (MessagingException | IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "SMTP sink: a received mail could not be parsed: " + e.getMessage());
                mail = new ReceivedMail(null, null, List.of(), List.of(), recipients, null, null, null, now);
            }
            mails.addLast(mail);
            while (mails.size() > maxMessages) {
                mails.removeFirst();
            }
        }
    }

    /** GreenMail would keep every mail in the recipient's inbox; the sink has its own copy. */
    private static void emptyInbox(GreenMail server, GreenMailUser user) {
        try {
            server.getManagers().getImapHostManager().getInbox(user).deleteAllMessages();
        } catch (FolderException e) {
            LOG.log(Level.FINE, "emptying a GreenMail inbox", e);
        }
    }

    /** The mails received since the last reset, oldest first. */
    public List<ReceivedMail> messages() {
        synchronized (mails) {
            return List.copyOf(mails);
        }
    }

    /** Forgets every received mail; returns how many there were. */
    public int clear() {
        synchronized (mails) {
            int count = mails.size();
            mails.clear();
            delivering = new WeakReference<>(null);
            return count;
        }
    }

    void onReset(@Observes SimulatorReset reset) {
        clear();
    }

    @PreDestroy
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
