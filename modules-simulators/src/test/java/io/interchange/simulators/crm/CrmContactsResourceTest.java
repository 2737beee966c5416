package io.interchange.simulators.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatorReset;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The CRM API as the platform's catalog connector uses it: an idempotent contact upsert. */
class CrmContactsResourceTest {

    private static final String AUTH = "Bearer crm-test-token";
    private static final String ANA = "ana@example.com";
    private static final String BODY = "{\"email\":\"ana@example.com\",\"name\":\"Ana Silva\","
            + "\"lastOrder\":{\"number\":\"EU-1001\",\"placedAt\":\"2026-11-21T10:00:00Z\"}}";

    private final CrmContactsResource cut = new CrmContactsResource();
    private final CrmAdminResource admin = new CrmAdminResource();

    CrmContactsResourceTest() {
        cut.contacts = new Contacts("crm-test-token");
        admin.contacts = cut.contacts;
    }

    @Test
    void the_first_upsert_creates_the_contact_and_the_next_updates_it() {
        Response created = cut.upsert(AUTH, "key-1", ANA, BODY);
        Response updated = cut.upsert(AUTH, "key-2", ANA, BODY.replace("EU-1001", "EU-1002"));

        assertThat(created.getStatus()).isEqualTo(201);
        JsonObject first = json(created);
        assertThat(first.getString("id")).isEqualTo(ANA);
        assertThat(first.getString("email")).isEqualTo(ANA);
        assertThat(first.getString("name")).isEqualTo("Ana Silva");
        assertThat(first.getJsonObject("lastOrder").getString("number")).isEqualTo("EU-1001");
        assertThat(first.getInt("updates")).isEqualTo(1);
        assertThat(updated.getStatus()).isEqualTo(200);
        assertThat(json(updated).getJsonObject("lastOrder").getString("number")).isEqualTo("EU-1002");
        assertThat(json(updated).getInt("updates")).isEqualTo(2);
        assertThat(cut.contact(AUTH, ANA)).isEqualTo(json(updated));
    }

    @Test
    void a_repeated_idempotency_key_gets_the_first_answer_without_a_second_write() {
        Response first = cut.upsert(AUTH, "crm-contact-e1", ANA, BODY);
        Response again = cut.upsert(AUTH, "crm-contact-e1", ANA, BODY.replace("Ana Silva", "Someone Else"));

        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getEntity()).isEqualTo(first.getEntity());
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeaderString("Idempotent-Replayed")).isNull();
        JsonArray contacts = admin.contacts();
        assertThat(contacts).hasSize(1);
        JsonObject contact = contacts.getJsonObject(0);
        assertThat(contact.getString("id")).isEqualTo(ANA);
        assertThat(contact.getString("name")).isEqualTo("Ana Silva");
        assertThat(contact.getInt("updates")).isEqualTo(1);
        assertThat(contact.getInt("requests")).isEqualTo(2);
    }

    @Test
    void without_an_idempotency_key_every_upsert_writes() {
        cut.upsert(AUTH, null, ANA, BODY);
        cut.upsert(AUTH, "", ANA, BODY);

        JsonObject contact = admin.contacts().getJsonObject(0);
        assertThat(contact.getInt("updates")).isEqualTo(2);
        assertThat(contact.getInt("requests")).isEqualTo(2);
    }

    @Test
    void one_key_for_two_contacts_writes_both() {
        cut.upsert(AUTH, "same-key", ANA, BODY);
        Response bob = cut.upsert(AUTH, "same-key", "bob@example.com", "{\"email\":\"bob@example.com\"}");

        assertThat(bob.getStatus()).isEqualTo(201);
        assertThat(admin.contacts()).hasSize(2);
        JsonObject listed = admin.contacts().getJsonObject(1);
        assertThat(listed.isNull("name")).isTrue();
        assertThat(listed.isNull("lastOrder")).isTrue();
    }

    @Test
    void the_email_is_required() {
        Response missing = call(() -> cut.upsert(AUTH, "k", ANA, "{\"name\":\"Ana\"}"));
        Response notJson = call(() -> cut.upsert(AUTH, "k", ANA, "{"));
        Response badOrder = call(() -> cut.upsert(AUTH, "k", ANA, "{\"email\":\"a@b.c\",\"lastOrder\":\"EU-1\"}"));

        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(json(missing).getString("detail")).contains("/email");
        assertThat(json(missing).getJsonArray("errors").getJsonObject(0).getString("pointer")).isEqualTo("/email");
        assertThat(notJson.getStatus()).isEqualTo(400);
        assertThat(json(badOrder).getJsonArray("errors").getJsonObject(0).getString("pointer")).isEqualTo("/lastOrder");
        assertThat(admin.contacts()).isEmpty();
    }

    @Test
    void the_bearer_token_is_required_except_for_health() {
        Response missing = call(() -> cut.upsert(null, "k", ANA, BODY));
        Response wrong = call(() -> cut.upsert("Bearer guess", "k", ANA, BODY));
        Response read = call(() -> Response.ok(cut.contact("Bearer guess", ANA)).build());

        assertThat(missing.getStatus()).isEqualTo(401);
        assertThat(missing.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(missing.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(read.getStatus()).isEqualTo(401);
        assertThat(admin.contacts()).isEmpty();
        assertThat(cut.health().getString("status")).isEqualTo("UP");
    }

    @Test
    void an_unknown_contact_is_404() {
        Response unknown = call(() -> Response.ok(cut.contact(AUTH, "nobody@example.com")).build());

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(json(unknown).getString("title")).isEqualTo("Not Found");
    }

    @Test
    void a_reset_forgets_contacts_and_keys() {
        cut.upsert(AUTH, "key-1", ANA, BODY);
        cut.contacts.onReset(new SimulatorReset());

        assertThat(admin.contacts()).isEmpty();
        assertThat(cut.upsert(AUTH, "key-1", ANA, BODY).getHeaderString("Idempotent-Replayed")).isNull();
        assertThat(admin.contacts().getJsonObject(0).getInt("requests")).isEqualTo(1);
    }

    private static Response call(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            assertThat(e).isInstanceOf(Problem.class);
            return e.getResponse();
        }
    }

    private static JsonObject json(Response response) {
        return Json.createReader(new StringReader(response.getEntity().toString())).readObject();
    }
}
