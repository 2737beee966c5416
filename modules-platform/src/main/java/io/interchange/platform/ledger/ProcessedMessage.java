package io.interchange.platform.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "PROCESSED_MESSAGE")
@IdClass(ProcessedMessage.Key.class)
public class ProcessedMessage {

    @Id
    @Column(length = 64)
    private String consumer;

    @Id
    @Column(name = "MESSAGE_ID", length = 255)
    private String messageId;

    @Column(name = "PROCESSED_AT", nullable = false)
    private Instant processedAt;

    protected ProcessedMessage() {
    }

    ProcessedMessage(String consumer, String messageId, Instant processedAt) {
        this.consumer = consumer;
        this.messageId = messageId;
        this.processedAt = processedAt;
    }

    /** The composite key; a plain class because JPA sets id-class fields reflectively. */
    public static class Key implements Serializable {
        private String consumer;
        private String messageId;

        public Key() {
        }

        public Key(String consumer, String messageId) {
            this.consumer = consumer;
            this.messageId = messageId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(consumer, key.consumer)
                    && java.util.Objects.equals(messageId, key.messageId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(consumer, messageId);
        }
    }
}
