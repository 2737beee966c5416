package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.newId;
import static io.interchange.systemtests.Interchange.orderCreated;
import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.clients.WebhookSignature;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shop signs its webhooks (Standard Webhooks); anything unsigned, tampered or replayed is refused and not stored. */
class WebhookSignatureIT extends DeployedPlatform {

    private HttpResponse<String> post(String body, String id, String timestamp, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(interchange.baseUrl + "/api/v1/events"));
        if (id != null) {
            request.header("webhook-id", id).header("webhook-timestamp", timestamp).header("webhook-signature", signature);
        }
        return interchange.post(request, "application/cloudevents+json", Interchange.ECP_KEY, body);
    }

    private static String sign(String id, String timestamp, String body) {
        return new WebhookSignature(Interchange.ECP_SECRET).header(id, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void correctlySignedEventIsAccepted() {
        String body = orderCreated(newId(), "sig-1");
        String now = Long.toString(Instant.now().getEpochSecond());

        assertThat(post(body, "msg_1", now, sign("msg_1", now, body)).statusCode()).isEqualTo(202);
    }

    @Test
    void unsignedTamperedOrReplayedEventsAre403AndNotStored() {
        String eventId = newId();
        String body = orderCreated(eventId, "sig-2");
        String now = Long.toString(Instant.now().getEpochSecond());
        String old = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());

        HttpResponse<String> unsigned = post(body, null, null, null);
        HttpResponse<String> tampered = post(body.replace("sig-2", "sig-3"), "msg_2", now, sign("msg_2", now, body));
        HttpResponse<String> replayed = post(body, "msg_3", old, sign("msg_3", old, body));

        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(tampered.body()).contains("no webhook-signature matches");
        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(replayed.body()).contains("5 minutes");
        assertThat(interchange.hops(eventId)).isEmpty();
    }
}
