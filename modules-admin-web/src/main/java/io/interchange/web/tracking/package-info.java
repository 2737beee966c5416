/** {@code /api/v1/tracking}: a message's or a business key's end-to-end timeline, from the journal. Operator keys only. */
package io.interchange.web.tracking;
