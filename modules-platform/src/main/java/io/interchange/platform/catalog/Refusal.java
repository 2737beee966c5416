package io.interchange.platform.catalog;

/**
 * Why a catalog file is refused, where: the file, the line (0 when the file cannot be parsed
 * at all or the place is unknown) and the field as a JSON Pointer ({@code /connection/baseUrl}).
 */
public record Refusal(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + (field.isEmpty() ? "/" : field) + ": " + reason;
    }
}
