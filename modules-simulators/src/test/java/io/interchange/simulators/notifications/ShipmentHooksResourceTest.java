package io.interchange.simulators.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatorReset;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The shipment webhook: a key, and every notification kept once per idempotency key. */
class ShipmentHooksResourceTest {

    private static final String KEY = "hooks-test-key";
    private static final String BODY = "{\"text\":\"Order EU-1001 shipped: 1Z999\",\"country\":\"NL\"}";

    private final ShipmentHooksResource cut = new ShipmentHooksResource();
    private final NotificationsAdminResource admin = new NotificationsAdminResource();

    ShipmentHooksResourceTest() {
        cut.inbox = new Inbox(KEY, Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        admin.inbox = cut.inbox;
    }

    @Test
    void a_new_notification_is_accepted_and_kept_whole() {
        Response first = cut.shipment(KEY, "shipment-e1", BODY);
        Response second = cut.shipment(KEY, "shipment-e2", "{\"text\":\"other\",\"extra\":{\"a\":1}}");

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(((JsonObject) first.getEntity()).getInt("received")).isEqualTo(1);
        assertThat(((JsonObject) second.getEntity()).getInt("received")).isEqualTo(2);
        JsonObject listed = admin.received();
        assertThat(listed.getInt("requests")).isEqualTo(2);
        JsonObject kept = listed.getJsonArray("received").getJsonObject(0);
        assertThat(kept.getString("idempotencyKey")).isEqualTo("shipment-e1");
        assertThat(kept.getJsonObject("body")).isEqualTo(json(BODY));
        assertThat(kept.getString("receivedAt")).isEqualTo("2026-11-21T10:00:00Z");
        assertThat(listed.getJsonArray("received").getJsonObject(1).getJsonObject("body").getJsonObject("extra")
                .getInt("a")).isEqualTo(1);
    }

    @Test
    void a_repeated_key_is_409_already_received_without_a_second_effect() {
        cut.shipment(KEY, "shipment-e1", BODY);
        Response again = call(() -> cut.shipment(KEY, "shipment-e1", "{\"text\":\"changed\"}"));

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(json(again.getEntity().toString()).getString("detail")).contains("Already received");
        JsonObject listed = admin.received();
        assertThat(listed.getInt("requests")).isEqualTo(2);
        assertThat(listed.getJsonArray("received")).hasSize(1);
        assertThat(listed.getJsonArray("received").getJsonObject(0).getJsonObject("body")).isEqualTo(json(BODY));
    }

    @Test
    void the_idempotency_key_and_a_json_object_are_required() {
        Response noKey = call(() -> cut.shipment(KEY, null, BODY));
        Response blankKey = call(() -> cut.shipment(KEY, " ", BODY));
        Response notObject = call(() -> cut.shipment(KEY, "k", "[1]"));

        assertThat(noKey.getStatus()).isEqualTo(400);
        assertThat(json(noKey.getEntity().toString()).getString("detail")).contains("Idempotency-Key");
        assertThat(blankKey.getStatus()).isEqualTo(400);
        assertThat(notObject.getStatus()).isEqualTo(400);
        assertThat(admin.received().getInt("requests")).isZero();
        assertThat(admin.received().getJsonArray("received")).isEmpty();
    }

    @Test
    void the_webhook_key_is_required_except_for_ping() {
        Response missing = call(() -> cut.shipment(null, "k", BODY));
        Response wrong = call(() -> cut.shipment("guess", "k", BODY));

        assertThat(missing.getStatus()).isEqualTo(401);
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(admin.received().getJsonArray("received")).isEmpty();
        assertThat(cut.ping().getStatus()).isEqualTo(204);
    }

    @Test
    void a_reset_forgets_what_was_received() {
        cut.shipment(KEY, "shipment-e1", BODY);
        cut.inbox.onReset(new SimulatorReset());

        assertThat(admin.received().getInt("requests")).isZero();
        assertThat(cut.shipment(KEY, "shipment-e1", BODY).getStatus()).isEqualTo(202);
    }

    private static Response call(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            assertThat(e).isInstanceOf(Problem.class);
            return e.getResponse();
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
