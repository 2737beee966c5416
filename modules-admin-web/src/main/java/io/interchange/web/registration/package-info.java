/** Event registration at the edge: the public page (Faces) and {@code /api/v1/registrations}. */
package io.interchange.web.registration;
