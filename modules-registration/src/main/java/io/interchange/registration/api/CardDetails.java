package io.interchange.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A payment card as typed. Sent to the payment provider and nowhere else: never stored,
 * queued, journaled or logged; {@link #toString()} masks it, {@link #forget()} clears it, and a
 * serialized page state never holds the number or the code (see {@code writeObject}).
 */
public class CardDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "enter the name on the card")
    @Size(max = 200, message = "at most 200 characters")
    @NoCardNumber
    private String holder;

    @NotBlank(message = "enter the card number")
    @Pattern(regexp = "[0-9 ]{12,23}", message = "enter the 12 to 19 digits of the card number")
    private String number;

    @NotBlank(message = "enter the expiry month")
    @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "use the form YYYY-MM, e.g. 2028-02")
    private String expiry;

    @NotBlank(message = "enter the security code")
    @Pattern(regexp = "\\d{3,4}", message = "enter the 3 or 4 digits on the back of the card")
    private String securityCode;

    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getExpiry() { return expiry; }
    public void setExpiry(String expiry) { this.expiry = expiry; }
    public String getSecurityCode() { return securityCode; }
    public void setSecurityCode(String securityCode) { this.securityCode = securityCode; }

    /** The digits only, as the provider wants them. */
    public String digits() {
        return number == null ? "" : number.replace(" ", "");
    }

    /** Clears the number and the security code, so that no page or object keeps them after a submit. */
    public void forget() {
        number = null;
        securityCode = null;
    }

    /** Serializes without the number and the code (not {@code transient}: JSON-B would skip them too). */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        String keptNumber = number;
        String keptCode = securityCode;
        number = null;
        securityCode = null;
        try {
            out.defaultWriteObject();
        } finally {
            number = keptNumber;
            securityCode = keptCode;
        }
    }

    @Override
    public String toString() {
        String digits = digits();
        return "card ****" + (digits.length() >= 4 ? digits.substring(digits.length() - 4) : "");
    }
}
