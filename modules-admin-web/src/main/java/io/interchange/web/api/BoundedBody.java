package io.interchange.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads a request body, refusing it with 413 as soon as it passes the limit, so that an
 * oversized or endless body never sits in memory (Payara alone accepts 50 MB), and with 408 once
 * it has taken longer than the deadline, so that a client sending a byte now and then cannot hold
 * a request thread for long. Read only after the caller's key was checked.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(InputStream in, String contentLength, int limit, Duration deadline) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.trim()) > limit) {
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw Problem.badRequest("Content-Length is not a number");
            }
        }
        long end = System.nanoTime() + deadline.toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
                if (System.nanoTime() - end > 0) {
                    throw tooSlow(deadline);
                }
            }
        } catch (IOException e) {
            throw Problem.badRequest("the request body could not be read completely");
        }
        return out.toByteArray();
    }

    private static Problem tooLarge(int limit) {
        return new Problem(413, "too-large", "Request too large",
                "the body is larger than " + limit + " bytes; split the batch");
    }

    private static Problem tooSlow(Duration deadline) {
        return new Problem(408, "body-too-slow", "Request body too slow",
                "the body did not arrive within " + deadline.toSeconds() + " s; nothing was accepted, send it again")
                .header("Connection", "close");
    }
}
