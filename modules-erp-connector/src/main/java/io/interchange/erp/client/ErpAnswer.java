package io.interchange.erp.client;

/** An answer of the ERP that the caller decides about itself (e.g. 409 on create). */
public record ErpAnswer(int status, String body, String retryAfter) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
