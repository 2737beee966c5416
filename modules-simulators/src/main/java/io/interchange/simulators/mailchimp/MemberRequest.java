package io.interchange.simulators.mailchimp;

import io.interchange.simulators.MailchimpError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A validated {@code PUT .../members/{subscriberHash}} body:
 * {@code {"email_address","status_if_new":"subscribed","merge_fields":{"FNAME","LNAME"}}}, and
 * optionally {@code status} (which also changes an existing member).
 */
public record MemberRequest(String emailAddress, String statusIfNew, String status,
        Map<String, JsonValue> mergeFields) {

    static final Set<String> STATUSES = Set.of("subscribed", "unsubscribed", "cleaned", "pending", "transactional");

    /** @throws MailchimpError 400 "Invalid Resource" naming the field */
    static MemberRequest of(JsonObject body) {
        String email = string(body, "email_address");
        if (email == null || email.isBlank()) {
            throw invalid("email_address", "This value should not be blank.");
        }
        String statusIfNew = status(body, "status_if_new");
        String status = status(body, "status");
        Map<String, JsonValue> mergeFields = new LinkedHashMap<>();
        JsonValue merge = body.get("merge_fields");
        if (merge != null && merge != JsonValue.NULL) {
            if (merge.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("merge_fields", "Data did not match any of the schemas described in anyOf.");
            }
            merge.asJsonObject().forEach(mergeFields::put);
        }
        return new MemberRequest(email.trim(), statusIfNew, status, mergeFields);
    }

    private static String status(JsonObject body, String field) {
        String value = string(body, field);
        if (value != null && !STATUSES.contains(value)) {
            throw invalid(field, "Value is not one of enum values " + STATUSES + ".");
        }
        return value;
    }

    private static String string(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw invalid(field, "Schema describes string, " + value.getValueType().name().toLowerCase(Locale.ROOT)
                    + " found instead");
        }
        return text.getString();
    }

    static MailchimpError invalid(String field, String message) {
        return MailchimpError.invalidResource(
                "The resource submitted could not be validated. For field-specific details, see the 'errors' array.")
                .field(field, message);
    }
}
