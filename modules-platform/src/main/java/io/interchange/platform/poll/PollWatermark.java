package io.interchange.platform.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where a database system's poll has got to: the last watermark value read (as JSON), moved in
 * the transaction that accepts the rows' events. Its row is also the poll's lock: a server polls a
 * system only while it holds it, so two servers never read the same batch at once.
 */
@Entity
@Table(name = "POLL_WATERMARK")
public class PollWatermark {

    @Id
    @Column(name = "SYSTEM_NAME", length = 64)
    private String system;

    /** JSON of the last value read; null: none read yet. */
    @Column(name = "LAST_VALUE", length = 400)
    private String lastValue;

    @Column(name = "ROWS_READ", nullable = false)
    private long rowsRead;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected PollWatermark() {
    }

    PollWatermark(String system, Instant now) {
        this.system = system;
        this.updatedAt = now;
    }

    String lastValue() {
        return lastValue;
    }

    long rowsRead() {
        return rowsRead;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void advance(String value, int rows, Instant now) {
        this.lastValue = value;
        this.rowsRead += rows;
        this.updatedAt = now;
    }

    void counted(int rows, Instant now) {
        this.rowsRead += rows;
        this.updatedAt = now;
    }

    /** An operator's rewind: the next poll reads from {@code value} again (null: from the start). */
    void rewind(String value, Instant now) {
        this.lastValue = value;
        this.updatedAt = now;
    }
}
