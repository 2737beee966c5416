package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The Standard Webhooks specification's own example.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330);

    private final WebhookSignature cut = new WebhookSignature(SECRET);

    @Test
    void acceptsTheSpecificationsExample() {
        assertThat(cut.header(ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
        assertThat(cut.refusal(ID, TIMESTAMP, SIGNATURE, BODY, THEN)).isNull();
    }

    @Test
    void acceptsAnyOfSeveralSignaturesForRotation() {
        assertThat(cut.refusal(ID, TIMESTAMP, "v1,bm90LWl0 " + SIGNATURE, BODY, THEN)).isNull();
    }

    @Test
    void refusesAChangedBodyAnOldTimestampAndMissingHeaders() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThat(cut.refusal(ID, TIMESTAMP, SIGNATURE, tampered, THEN)).contains("no webhook-signature matches");
        assertThat(cut.refusal(ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(301))).contains("5 minutes");
        assertThat(cut.refusal(ID, TIMESTAMP, SIGNATURE, BODY, THEN.minusSeconds(301))).contains("5 minutes");
        assertThat(cut.refusal(ID, null, SIGNATURE, BODY, THEN)).contains("required");
        assertThat(cut.refusal(ID, TIMESTAMP, "v2," + SIGNATURE.substring(3), BODY, THEN)).isNotNull();
    }

    @Test
    void refusesAbsurdTimestampsWithAReasonInsteadOfFailing() {
        for (String absurd : new String[] {"9223372036854775807", "-9223372036854775808", "99999999999999999999",
                "-1", "+1614265330", "1614265330.5", "", "\u0661\u0662"}) {
            assertThat(cut.refusal(ID, absurd, SIGNATURE, BODY, THEN)).as(absurd).isNotNull();
        }
        assertThat(cut.refusal(ID, "9223372036854775807", SIGNATURE, BODY, THEN)).contains("unix seconds");
        assertThat(cut.refusal(ID, "999999999999999999", SIGNATURE, BODY, THEN)).contains("5 minutes");
        assertThat(cut.refusal(ID, "0", SIGNATURE, BODY, Instant.MAX)).contains("5 minutes");
    }
}
