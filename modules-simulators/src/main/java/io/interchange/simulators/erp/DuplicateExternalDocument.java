package io.interchange.simulators.erp;

/** A sales order with this {@code externalDocumentNumber} exists already. */
public class DuplicateExternalDocument extends RuntimeException {

    private final transient SalesOrder existing;

    public DuplicateExternalDocument(SalesOrder existing) {
        super("A sales order with externalDocumentNumber '" + existing.externalDocumentNumber() + "' exists already: "
                + existing.number() + " (" + existing.id() + ").");
        this.existing = existing;
    }

    public SalesOrder existing() {
        return existing;
    }
}
