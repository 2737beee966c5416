package io.interchange.simulators.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.simulators.BasicCredentials;
import io.interchange.simulators.MailchimpError;
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

/** The Mailchimp API as the platform's mailing-list connector uses it. */
class MailchimpMembersResourceTest {

    private static final String LIST = "interchange-demo";
    private static final String ANA_HASH = "cdb9d6a1dddc375a09cc83e3001598dc";
    private static final String AUTH = new BasicCredentials("anystring", "mc-key-us1").header();
    private static final String ANA = "{\"email_address\":\"ana@example.com\",\"status_if_new\":\"subscribed\","
            + "\"merge_fields\":{\"FNAME\":\"Ana\",\"LNAME\":\"Silva\"}}";

    private final MailchimpMembersResource cut = new MailchimpMembersResource();
    private final MailchimpAdminResource admin = new MailchimpAdminResource();

    MailchimpMembersResourceTest() {
        cut.audience = new Audience("mc-key-us1", LIST,
                Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        admin.audience = cut.audience;
    }

    @Test
    void the_subscriber_hash_is_the_md5_of_the_lower_case_email() {
        assertThat(SubscriberHash.of("ana@example.com")).isEqualTo(ANA_HASH);
        assertThat(SubscriberHash.of("Ana@Example.COM")).isEqualTo(ANA_HASH);
    }

    @Test
    void a_new_member_is_subscribed_with_its_merge_fields() {
        JsonObject member = cut.upsert(AUTH, LIST, ANA_HASH, ANA);

        assertThat(member.getString("id")).isEqualTo(ANA_HASH);
        assertThat(member.getString("email_address")).isEqualTo("ana@example.com");
        assertThat(member.getString("status")).isEqualTo("subscribed");
        assertThat(member.getJsonObject("merge_fields").getString("FNAME")).isEqualTo("Ana");
        assertThat(member.getString("full_name")).isEqualTo("Ana Silva");
        assertThat(member.getString("last_changed")).isEqualTo("2026-11-21T10:00:00+00:00");
        assertThat(member.getString("list_id")).isEqualTo(LIST);
        assertThat(cut.member(AUTH, LIST, ANA_HASH)).isEqualTo(member);
    }

    @Test
    void repeating_the_upsert_is_harmless_and_counted() {
        JsonObject first = cut.upsert(AUTH, LIST, ANA_HASH, ANA);
        JsonObject again = cut.upsert(AUTH, LIST, ANA_HASH, ANA);

        assertThat(again).isEqualTo(first);
        JsonObject listed = admin.members(null);
        assertThat(listed.getInt("count")).isEqualTo(1);
        JsonObject member = listed.getJsonArray("members").getJsonObject(0);
        assertThat(member.getString("emailAddress")).isEqualTo("ana@example.com");
        assertThat(member.getInt("upserts")).isEqualTo(2);
        assertThat(admin.members("ana@example.com").getInt("count")).isEqualTo(1);
        assertThat(admin.members("other@example.com").getInt("count")).isZero();
    }

    @Test
    void status_if_new_does_not_resubscribe_an_existing_member_but_status_does() {
        cut.upsert(AUTH, LIST, ANA_HASH, ANA.replace("status_if_new", "status").replace("subscribed", "unsubscribed"));

        assertThat(cut.upsert(AUTH, LIST, ANA_HASH, ANA).getString("status")).isEqualTo("unsubscribed");
        assertThat(cut.upsert(AUTH, LIST, ANA_HASH, ANA.replace("status_if_new", "status")).getString("status"))
                .isEqualTo("subscribed");
    }

    @Test
    void a_hash_that_is_not_the_emails_is_400() {
        Response response = call(() -> Response.ok(cut.upsert(AUTH, LIST, SubscriberHash.of("bob@example.com"), ANA))
                .build());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(json(response).getString("title")).isEqualTo("Invalid Resource");
        assertThat(json(response).getString("detail")).contains("subscriber hash");
        assertThat(admin.members(null).getInt("count")).isZero();
    }

    @Test
    void invalid_members_are_400_naming_the_field() {
        Response noStatus = call(() -> Response.ok(cut.upsert(AUTH, LIST, ANA_HASH,
                "{\"email_address\":\"ana@example.com\"}")).build());
        Response noEmail = call(() -> Response.ok(cut.upsert(AUTH, LIST, ANA_HASH, "{}")).build());
        Response fake = call(() -> Response.ok(cut.upsert(AUTH, LIST, SubscriberHash.of("ana@"),
                "{\"email_address\":\"ana@\",\"status_if_new\":\"subscribed\"}")).build());
        Response notJson = call(() -> Response.ok(cut.upsert(AUTH, LIST, ANA_HASH, "{")).build());

        assertThat(noStatus.getStatus()).isEqualTo(400);
        assertThat(json(noStatus).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status_if_new");
        assertThat(json(noEmail).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email_address");
        assertThat(json(fake).getString("detail")).contains("looks fake or invalid");
        assertThat(json(notJson).getString("title")).isEqualTo("JSON Parse Exception");
    }

    @Test
    void the_api_key_is_required() {
        Response missing = call(() -> Response.ok(cut.upsert(null, LIST, ANA_HASH, ANA)).build());
        Response wrong = call(() -> Response.ok(cut.upsert(new BasicCredentials("anystring", "guess").header(), LIST,
                ANA_HASH, ANA)).build());

        assertThat(missing.getStatus()).isEqualTo(401);
        assertThat(json(missing).getString("title")).isEqualTo("API Key Missing");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(json(wrong).getString("title")).isEqualTo("API Key Invalid");
        assertThat(cut.ping(new BasicCredentials("any-user-name", "mc-key-us1").header()).getString("health_status"))
                .isEqualTo("Everything's Chimpy!");
    }

    @Test
    void unknown_lists_and_members_are_404() {
        assertThat(call(() -> Response.ok(cut.upsert(AUTH, "other-list", ANA_HASH, ANA)).build()).getStatus())
                .isEqualTo(404);
        Response unknown = call(() -> Response.ok(cut.member(AUTH, LIST, ANA_HASH)).build());
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(json(unknown).getString("title")).isEqualTo("Resource Not Found");
    }

    private static Response call(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            assertThat(e).isInstanceOf(MailchimpError.class);
            return e.getResponse();
        }
    }

    private static JsonObject json(Response response) {
        return Json.createReader(new StringReader(response.getEntity().toString())).readObject();
    }
}
