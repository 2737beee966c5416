package io.interchange.simulators.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector published with the Standard Webhooks reference libraries. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void reproduces_the_published_standard_webhooks_vector() {
        WebhookSignature cut = WebhookSignature.fromSecret(SECRET);

        assertThat(cut.sign(ID, TIMESTAMP, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void equals_an_independent_hmac_over_id_timestamp_and_body() throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 + 3);
        }
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String body = "{\"specversion\":\"1.0\",\"id\":\"b2f9c1e0-0001\",\"data\":{\"orderId\":\"1001\"},\"name\":\"Müller\"}";

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("evt-1.1795000000." + body).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.fromSecret(secret).sign("evt-1", 1795000000L, body)).isEqualTo(expected);
    }

    @Test
    void the_whsec_prefix_is_optional() {
        WebhookSignature withoutPrefix = WebhookSignature.fromSecret(SECRET.substring("whsec_".length()));

        assertThat(withoutPrefix.sign(ID, TIMESTAMP, BODY))
                .isEqualTo(WebhookSignature.fromSecret(SECRET).sign(ID, TIMESTAMP, BODY));
    }

    @Test
    void a_secret_that_is_not_base64_is_refused_with_an_explanation() {
        assertThatThrownBy(() -> WebhookSignature.fromSecret("whsec_not base64!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whsec_ followed by base64");
    }
}
