package io.interchange.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form sent from a page whose view has expired (the session ended, the server restarted): the
 * person is sent back to a fresh copy of the page, which shows a notice ({@code ?expired}). Nothing
 * of the expired form was processed.
 * <p>
 * A redirect, not a Faces error page: the error dispatch keeps the POST and its view state, so a
 * Faces page rendered for it would try to restore the expired view again.
 */
@WebServlet("/errors/expired")
public class ExpiredView extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(backTo(request.getContextPath(),
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
    }

    /** The page the form came from, within this application only, with the notice flag. */
    static String backTo(String contextPath, String requestUri) {
        String context = contextPath == null ? "" : contextPath;
        boolean ours = requestUri != null && requestUri.startsWith(context + "/") && requestUri.endsWith(".xhtml")
                && !requestUri.startsWith("//") && requestUri.indexOf('\\') < 0;
        return (ours ? requestUri : context + "/register.xhtml") + "?expired";
    }
}
