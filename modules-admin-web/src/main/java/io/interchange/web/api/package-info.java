/** The JAX-RS application and what every resource shares: RFC 9457 problem details, API-key authentication. */
package io.interchange.web.api;
