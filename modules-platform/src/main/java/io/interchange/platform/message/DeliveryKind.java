package io.interchange.platform.message;

/** Why a message is on the bus: its first send, an automatic retry, an operator's resubmit or a hand-made message. */
public enum DeliveryKind {
    ORIGINAL, RETRY, RESUBMIT, MANUAL;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DeliveryKind fromWire(String value) {
        return value == null ? ORIGINAL : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
