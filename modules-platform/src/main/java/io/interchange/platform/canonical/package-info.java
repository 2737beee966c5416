/**
 * The one JSON mapping of the bus ({@link io.interchange.platform.canonical.CanonicalJson}), shared by every
 * context's messages. The messages themselves belong to the contexts' {@code api} packages.
 */
package io.interchange.platform.canonical;
