package io.interchange.simulators.mailchimp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The JSON forms of a member: Mailchimp's (Marketing API 3.0) and the admin API's. */
final class MemberJson {

    /** Mailchimp writes times as {@code 2026-11-21T10:00:00+00:00}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private MemberJson() {
    }

    /** {@code PUT} and {@code GET /3.0/lists/{listId}/members/{hash}}. */
    static JsonObject member(Member.Snapshot m) {
        return Json.createObjectBuilder()
                .add("id", m.id())
                .add("email_address", m.emailAddress())
                .add("unique_email_id", m.uniqueEmailId())
                .add("contact_id", m.contactId())
                .add("full_name", fullName(m))
                .add("web_id", m.webId())
                .add("email_type", "html")
                .add("status", m.status())
                .add("merge_fields", mergeFields(m))
                .add("stats", Json.createObjectBuilder().add("avg_open_rate", 0).add("avg_click_rate", 0))
                .add("ip_signup", "")
                .add("timestamp_signup", "")
                .add("ip_opt", "")
                .add("timestamp_opt", time(m.createdAt()))
                .add("member_rating", 2)
                .add("last_changed", time(m.lastChanged()))
                .add("language", "")
                .add("vip", false)
                .add("source", "API - Generic")
                .add("tags_count", 0)
                .add("tags", Json.createArrayBuilder())
                .add("list_id", m.listId())
                .build();
    }

    /** {@code GET /sim/mailchimp/members}: what a test asserts on. */
    static JsonObject admin(Member.Snapshot m) {
        return Json.createObjectBuilder()
                .add("listId", m.listId())
                .add("id", m.id())
                .add("emailAddress", m.emailAddress())
                .add("status", m.status())
                .add("mergeFields", mergeFields(m))
                .add("upserts", m.upserts())
                .add("createdAt", m.createdAt().toString())
                .add("lastChanged", m.lastChanged().toString())
                .build();
    }

    private static JsonObjectBuilder mergeFields(Member.Snapshot m) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        m.mergeFields().forEach(fields::add);
        return fields;
    }

    private static String fullName(Member.Snapshot m) {
        String first = text(m.mergeFields().get("FNAME"));
        String last = text(m.mergeFields().get("LNAME"));
        return (first + " " + last).trim();
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : "";
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
