package io.interchange.web.events;

import io.interchange.web.api.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body, refusing it with 413 as soon as it passes the limit, so that an
 * oversized or endless body never sits in memory (Payara alone accepts 50 MB).
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream in, String contentLength, int limit) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.trim()) > limit) {
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw Problem.badRequest("Content-Length is not a number");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw Problem.badRequest("the request body could not be read: " + e.getMessage());
        }
        return out.toByteArray();
    }

    private static Problem tooLarge(int limit) {
        return new Problem(413, "too-large", "Request too large",
                "the body is larger than " + limit + " bytes; split the batch");
    }
}
