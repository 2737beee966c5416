/**
 * The HTTP edge of Interchange: the JAX-RS API ({@code /api}), health checks and the Faces
 * console. It holds no business logic: it authenticates, validates the wire format and hands
 * over to the platform and the contexts' API packages.
 */
package io.interchange.web;
