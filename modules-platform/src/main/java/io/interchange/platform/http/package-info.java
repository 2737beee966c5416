/**
 * The HTTP adapter: calls a catalog system's operation as its file says (the request its
 * mappings build, its authentication with secrets resolved at call time, its timeouts), and
 * classifies the answer by the operation's {@code answers}: delivered, retry later
 * ({@code TransientFailure}) or permanent failure. A delivered answer may publish a reply event.
 */
package io.interchange.platform.http;
