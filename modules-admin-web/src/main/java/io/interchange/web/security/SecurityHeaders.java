package io.interchange.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Security headers on every answer: the console, the public registration page and the API.
 * <p>
 * The policy allows inline scripts and styles ({@code 'unsafe-inline'}): Faces writes inline
 * event handlers and the templates carry their styles inline. Everything else comes from this
 * origin only, no page may be framed, and forms post only here. The failed message's payload editor
 * (CodeMirror, {@code pe:codeMirror}) needs nothing more: its script and stylesheet come from the Faces
 * resource handler, it uses no {@code eval}, no worker and no font, and its few images are {@code data:}.
 * <p>
 * {@code Server} and {@code X-Powered-By} are written by the HTTP listener before the application
 * runs (the listener does not write its own {@code Server} once the answer has one); a filter can
 * only overwrite them, so they are replaced by a name without a version. The
 * production domain switches them off at the listener (docs/configuration.md).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    /** What the server is called instead of its product and version. */
    static final String SERVER_NAME = "Interchange";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, response);
    }

    static void apply(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
        response.setHeader("Server", SERVER_NAME);
        if (response.containsHeader("X-Powered-By")) {
            response.setHeader("X-Powered-By", SERVER_NAME);
        }
    }
}
