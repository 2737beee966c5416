package io.interchange.registration.signup;

/** The three steps a paid registration fans out to; each is a message of its own that retries alone. */
public enum Activity {

    /**
     * Into the registrations store, the SQL record of record: a system without an API, reached
     * through its database, which an operator can take offline for its maintenance.
     */
    SAVE("interchange.registration.save", "registrations-store"),
    /** The confirmation email, through SMTP. */
    CONFIRMATION_EMAIL("interchange.registration.confirmation-email", "smtp"),
    /** The mailing-list upsert, through Mailchimp. */
    MAILING_LIST("interchange.registration.mailing-list", "mailchimp");

    private final String messageType;
    private final String targetSystem;

    Activity(String messageType, String targetSystem) {
        this.messageType = messageType;
        this.targetSystem = targetSystem;
    }

    public String messageType() {
        return messageType;
    }

    /** The system the step writes to: while it is not online, the step's messages are parked. */
    public String targetSystem() {
        return targetSystem;
    }

    public static Activity ofMessageType(String type) {
        for (Activity activity : values()) {
            if (activity.messageType.equals(type)) {
                return activity;
            }
        }
        throw new IllegalArgumentException("not a registration activity: " + type);
    }
}
