/** Events open for registration and their ticket prices. */
package io.interchange.registration.catalogue;
