package io.interchange.platform.contract;

/**
 * Where a payload breaks its type's schema.
 *
 * @param pointer JSON pointer of the field at fault ({@code ""} for the whole payload)
 * @param detail  what is wrong, naming the field and never quoting its value
 */
public record SchemaViolation(String pointer, String detail) {
}
