package io.interchange.web.console.session;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The login page in place of a form sent from a console page after the session ended. The login
 * mechanism forwards that POST, with the old page's view state, to the login page; Faces would
 * take it for a postback of the login page, fail to restore it and answer with an error instead of
 * the login page. The login page gets it as a plain GET without the form's fields, and says that
 * nothing was done ({@link #SESSION_ENDED}).
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ForwardedLogin extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute the login page shows its notice for. */
    public static final String SESSION_ENDED = "io.interchange.sessionEnded";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(SESSION_ENDED, Boolean.TRUE);
        chain.doFilter(new WithoutTheForm(request), response);
    }

    /** The forwarded request as a GET without parameters. */
    private static final class WithoutTheForm extends HttpServletRequestWrapper {

        WithoutTheForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
