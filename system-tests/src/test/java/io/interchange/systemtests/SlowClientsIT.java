package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that announce a body and then send it a byte at a time do not stop the server: a
 * request without a valid key is answered 401 before its body is read, an authenticated one gets
 * 408 once its body has taken longer than the deadline, and meanwhile the shop's orders are taken
 * and readiness answers as fast as usual.
 */
class SlowClientsIT extends DeployedPlatform {

    private static final int ANONYMOUS_SLOW_CLIENTS = 50;
    private static final int KEYED_SLOW_CLIENTS = 4;
    /** Far above the intake's usual answer (tens of milliseconds), far below a stalled server's timeouts. */
    private static final Duration NORMAL_LATENCY = Duration.ofSeconds(3);

    private final Simulators simulators = new Simulators();
    private final CountDownLatch headersSent = new CountDownLatch(ANONYMOUS_SLOW_CLIENTS + KEYED_SLOW_CLIENTS);
    private final URI base = URI.create(interchange.baseUrl);

    @Test
    void fiftySlowClientsDoNotHoldBackTheIntake() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ANONYMOUS_SLOW_CLIENTS + KEYED_SLOW_CLIENTS);
        try {
            List<Future<String>> anonymous = new ArrayList<>();
            for (int i = 0; i < ANONYMOUS_SLOW_CLIENTS; i++) {
                anonymous.add(pool.submit(() -> trickle("/api/v1/registrations", "application/json", null, 20)));
            }
            List<Future<String>> keyed = new ArrayList<>();
            for (int i = 0; i < KEYED_SLOW_CLIENTS; i++) {
                keyed.add(pool.submit(() -> trickle("/api/v1/events", "application/cloudevents+json",
                        Interchange.ECP_KEY, 30)));
            }
            assertThat(headersSent.await(30, TimeUnit.SECONDS)).as("every slow client connected and sent its headers")
                    .isTrue();

            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                assertThat(interchange.isReady()).as("ready while slow clients hang on").isTrue();
                Simulators.PlacedOrder order = simulators.placeOrder();
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(order.intakeStatus()).isEqualTo(202);
                assertThat(took).as("readiness and an order's intake while 50 slow clients are connected")
                        .isLessThan(NORMAL_LATENCY);
                Thread.sleep(1000); // pacing: samples spread over the slow clients' first seconds, not a wait
            }

            for (Future<String> client : anonymous) {
                assertThat(client.get(60, TimeUnit.SECONDS)).as("a slow client without a key").startsWith("HTTP/1.1 401");
            }
            for (Future<String> client : keyed) {
                assertThat(client.get(60, TimeUnit.SECONDS)).as("a slow client with a key").startsWith("HTTP/1.1 408");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Announces a 1,000-byte body, then sends a byte every second for at most {@code seconds};
     * returns the status line as soon as the server answers (or what it read when it gave up).
     */
    private String trickle(String path, String contentType, String apiKey, int seconds) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: " + contentType
                    + "\r\n" + (apiKey == null ? "" : "X-API-Key: " + apiKey + "\r\n")
                    + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            headersSent.countDown();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (int i = 0; i < seconds; i++) {
                try {
                    String status = in.readLine();
                    return status == null ? "closed without an answer" : status;
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    try {
                        out.write('{');
                        out.flush();
                    } catch (java.io.IOException closed) {
                        return "closed without an answer";
                    }
                }
            }
            return "no answer within " + seconds + " s";
        }
    }
}
