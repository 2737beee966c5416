package io.interchange.simulators.smtp;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A mail the sink received, as a test reads it: its {@code Message-ID}, the addresses (bare,
 * without display names) of the From, To and Cc headers and of the SMTP envelope, the subject,
 * the first plain-text and the first HTML part that are not attachments, and when it arrived.
 * Parts and addresses that cannot be read are null or missing; the mail is kept anyway.
 */
public record ReceivedMail(String messageId, String from, List<String> to, List<String> cc, List<String> recipients,
        String subject, String text, String html, Instant receivedAt) {

    static ReceivedMail of(MimeMessage message, Collection<String> recipients, Instant receivedAt)
            throws MessagingException, IOException {
        Address[] from = message.getFrom();
        String[] bodies = new String[2];
        collect(message, bodies);
        return new ReceivedMail(message.getMessageID(), from == null || from.length == 0 ? null : bare(from[0]),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                addresses(message.getRecipients(Message.RecipientType.CC)), List.copyOf(recipients),
                message.getSubject(), bodies[0], bodies[1], receivedAt);
    }

    /**
     * Walks the MIME tree. Multiparts are parsed from their data source and text parts read from
     * their decoded stream, so no mailcap (Activation's content handlers) is needed.
     */
    private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            MimeMultipart multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), bodies);
            }
        } else if (part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = text(part);
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = text(part);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        Charset decoding = StandardCharsets.UTF_8;
        if (charset != null) {
            try {
                decoding = Charset.forName(MimeUtility.javaCharset(charset));
            } catch (IllegalArgumentException unknown) {
                // keep UTF-8, of which US-ASCII (the default) is a part
            }
        }
        try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), decoding);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> list = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                list.add(bare(address));
            }
        }
        return List.copyOf(list);
    }

    private static String bare(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }
}
