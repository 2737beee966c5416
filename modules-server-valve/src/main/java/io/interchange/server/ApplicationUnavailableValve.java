package io.interchange.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Context;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

/**
 * Answers 503 + Retry-After for a request that no running web application takes.
 *
 * <p>While interchange.ear is redeployed there are two instants the application's own answers cannot
 * cover: the server maps a request to the old application while it is stopping (its servlets are gone:
 * the server answers 404), or to no context at all (the old application has left "/", neither the new
 * one nor the server's default web module has taken it yet: a bare 500). A sender cannot tell either
 * from a verdict on its event. This valve runs before them, on the virtual server, and turns both
 * into the same answer as the rest of the redeploy: nothing accepted, send again.
 *
 * <p>Installed by the run script into the domain's {@code lib/} and registered as the virtual
 * server's {@code valve_1} property; it is loaded by the server's common class loader, outside the EAR.
 */
public class ApplicationUnavailableValve implements GlassFishValve {

    static final int RETRY_AFTER_SECONDS = 5;
    static final String PROBLEM = "{\"type\":\"https://interchange.io/problems/unavailable\","
            + "\"title\":\"Service unavailable\",\"status\":503,"
            + "\"detail\":\"Interchange is starting or being updated; nothing was accepted, send again after "
            + RETRY_AFTER_SECONDS + " s\"}";

    @Override
    public String getInfo() {
        return "io.interchange.server.ApplicationUnavailableValve/1.0";
    }

    @Override
    public int invoke(Request request, Response response) throws IOException {
        Context context = request.getContext();
        if (context != null && context.getAvailable()) {
            return INVOKE_NEXT;
        }
        answerUnavailable((HttpServletResponse) response.getResponse());
        return END_PIPELINE;
    }

    static void answerUnavailable(HttpServletResponse answer) throws IOException {
        byte[] body = PROBLEM.getBytes(StandardCharsets.UTF_8);
        answer.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        answer.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        answer.setHeader("Cache-Control", "no-store");
        answer.setContentType("application/problem+json;charset=UTF-8");
        answer.setContentLength(body.length);
        answer.getOutputStream().write(body);
        answer.flushBuffer();
    }

    @Override
    public void postInvoke(Request request, Response response) {
        // nothing to do after the pipeline
    }
}
