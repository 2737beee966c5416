/** {@code /api/v1/tracking}: a message's or a business key's end-to-end timeline, from the journal. Keys with the viewer role or above. */
package io.interchange.web.tracking;
