package io.interchange.web.accounts;

/** A new account or a role change that cannot be made; {@link #field()} names the input at fault. */
public class AccountRefused extends RuntimeException {

    private final String field;

    public AccountRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** {@code name}, {@code password} or {@code role}. */
    public String field() {
        return field;
    }
}
