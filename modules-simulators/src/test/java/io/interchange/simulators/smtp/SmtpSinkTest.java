package io.interchange.simulators.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.simulators.relay.Relay;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real SMTP on loopback: mails sent with Jakarta Mail (as the platform sends them) are read back. */
class SmtpSinkTest {

    private final SmtpSink cut = new SmtpSink(3);
    private Relay relay;

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.close();
        }
        cut.stop();
    }

    @Test
    void a_confirmation_mail_is_read_back_with_both_parts_once() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        send(cut.address(), confirmation("<registration-42@interchange.example>"), false);

        List<ReceivedMail> mails = cut.messages();
        assertThat(mails).as("one mail, although it went to two recipients").hasSize(1);
        ReceivedMail mail = mails.get(0);
        assertThat(mail.messageId()).isEqualTo("<registration-42@interchange.example>");
        assertThat(mail.from()).isEqualTo("events@interchange.example");
        assertThat(mail.to()).containsExactly("ana@example.com");
        assertThat(mail.cc()).containsExactly("ops@interchange.example");
        assertThat(mail.recipients()).containsExactlyInAnyOrder("ana@example.com", "ops@interchange.example");
        assertThat(mail.subject()).isEqualTo("Your registration — Jakarta EE Day");
        assertThat(mail.text()).isEqualTo("Olá Ana, you are registered.");
        assertThat(mail.html()).isEqualTo("<p>Olá <b>Ana</b>, you are registered.</p>");
        assertThat(mail.receivedAt()).isBetween(before, Instant.now());

        JsonObject json = SmtpAdminResource.json(mail);
        assertThat(json.getString("messageId")).isEqualTo("<registration-42@interchange.example>");
        assertThat(json.getString("html")).contains("<b>Ana</b>");
        assertThat(json.getJsonArray("to").getString(0)).isEqualTo("ana@example.com");
    }

    @Test
    void the_admin_api_filters_by_recipient_and_message_id_and_clears() throws Exception {
        SmtpAdminResource admin = new SmtpAdminResource();
        admin.sink = cut;
        send(cut.address(), confirmation("<registration-1@interchange.example>"), false);
        send(cut.address(), plain("<registration-2@interchange.example>", "bob@example.com"), false);

        assertThat(admin.messages(null, null).getInt("count")).isEqualTo(2);
        assertThat(admin.messages("BOB@example.com", null).getInt("count")).isEqualTo(1);
        assertThat(admin.messages(null, "<registration-1@interchange.example>").getJsonArray("messages")
                .getJsonObject(0).getString("subject")).isEqualTo("Your registration — Jakarta EE Day");
        assertThat(admin.messages(null, null).getJsonArray("messages").getJsonObject(1).isNull("html")).isTrue();
        assertThat(admin.clear().getInt("deleted")).isEqualTo(2);
        assertThat(admin.messages(null, null).getInt("count")).isZero();
    }

    @Test
    void any_credentials_are_accepted() throws Exception {
        send(cut.address(), plain("<with-auth@interchange.example>", "bob@example.com"), true);

        assertThat(cut.messages()).extracting(ReceivedMail::messageId).containsExactly("<with-auth@interchange.example>");
    }

    @Test
    void only_the_newest_mails_are_kept() throws Exception {
        for (int i = 1; i <= 5; i++) {
            send(cut.address(), plain("<m" + i + "@interchange.example>", "bob@example.com"), false);
        }

        assertThat(cut.messages()).extracting(ReceivedMail::messageId)
                .containsExactly("<m3@interchange.example>", "<m4@interchange.example>", "<m5@interchange.example>");
    }

    @Test
    void offline_is_a_refused_connection_and_online_works_again() throws Exception {
        relay = new Relay("smtp", freePort(), cut.address());
        relay.open();
        InetSocketAddress relayed = new InetSocketAddress("127.0.0.1", relay.port());
        send(relayed, plain("<before@interchange.example>", "bob@example.com"), false);

        relay.close();
        assertThatThrownBy(() -> send(relayed, plain("<during@interchange.example>", "bob@example.com"), false))
                .isInstanceOf(MessagingException.class).hasRootCauseInstanceOf(ConnectException.class);

        relay.open();
        send(relayed, plain("<after@interchange.example>", "bob@example.com"), false);
        assertThat(cut.messages()).extracting(ReceivedMail::messageId)
                .containsExactly("<before@interchange.example>", "<after@interchange.example>");
    }

    /** As the platform must send it: Message-ID kept (Jakarta Mail would replace it), HTML plus a plain-text alternative. */
    private static MimeMessage confirmation(String messageId) throws MessagingException {
        MimeMessage message = withId(messageId);
        message.setFrom(new InternetAddress("events@interchange.example", false));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@example.com"));
        message.setRecipient(Message.RecipientType.CC, new InternetAddress("ops@interchange.example"));
        message.setSubject("Your registration — Jakarta EE Day", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Olá Ana, you are registered.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Olá <b>Ana</b>, you are registered.</p>", "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    private static MimeMessage plain(String messageId, String to) throws MessagingException {
        MimeMessage message = withId(messageId);
        message.setFrom(new InternetAddress("events@interchange.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Plain");
        message.setText("Just text.", "UTF-8");
        return message;
    }

    private static MimeMessage withId(String messageId) {
        return new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }

    private static void send(InetSocketAddress server, MimeMessage message, boolean authenticate)
            throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.getHostString());
        properties.put("mail.smtp.port", Integer.toString(server.getPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.auth", Boolean.toString(authenticate));
        Session session = Session.getInstance(properties);
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(server.getHostString(), server.getPort(), authenticate ? "platform" : null,
                    authenticate ? "any-password" : null);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
