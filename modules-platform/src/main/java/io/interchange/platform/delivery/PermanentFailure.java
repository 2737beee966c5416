package io.interchange.platform.delivery;

/** A call or message that will never succeed as it is: 4xx, invalid data, a mapping that cannot be made. */
public class PermanentFailure extends RuntimeException {

    private final String system;

    public PermanentFailure(String system, String reason) {
        super(system + ": " + reason);
        this.system = system;
    }

    public String system() {
        return system;
    }
}
