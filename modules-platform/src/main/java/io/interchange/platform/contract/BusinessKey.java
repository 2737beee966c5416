package io.interchange.platform.contract;

/**
 * Which field of a message type's data is its business key (one timeline per key), and what the
 * key must look like.
 *
 * @param field   the data field holding the key
 * @param pattern a Java regular expression the whole key must match, or null for any safe text
 */
public record BusinessKey(String field, String pattern) {
}
