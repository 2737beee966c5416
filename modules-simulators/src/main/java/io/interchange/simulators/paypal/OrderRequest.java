package io.interchange.simulators.paypal;

import io.interchange.simulators.PayPalError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A validated {@code POST /v2/checkout/orders} body: intent {@code CAPTURE}, one
 * purchase unit with its amount, and a card in {@code payment_source}. Reading it keeps only
 * what {@link PaymentCard} keeps; the number, expiry and security code are checked and dropped.
 * Invalid bodies get PayPal's answers: 400 {@code INVALID_REQUEST} naming the field and issue,
 * or 422 for values that are well-formed but unacceptable (zero amount, expired card).
 */
public record OrderRequest(String referenceId, String currency, String value, PaymentCard card) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** PayPal's pattern for {@code amount.value}. */
    private static final Pattern VALUE = Pattern.compile("^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$");
    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{13,19}");
    private static final Pattern EXPIRY = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final Pattern SECURITY_CODE = Pattern.compile("[0-9]{3,4}");
    private static final int MAX_REFERENCE_ID = 256;

    /** @throws PayPalError 400 or 422 naming the first problem */
    static OrderRequest of(JsonObject body, YearMonth currentMonth) {
        String intent = string(body, "intent", "/intent");
        if (intent == null) {
            throw missing("/intent");
        }
        if (!"CAPTURE".equals(intent)) {
            throw PayPalError.invalidRequest("/intent", "INVALID_PARAMETER_VALUE",
                    "The simulated PayPal captures at once: intent must be CAPTURE.");
        }
        JsonValue units = body.get("purchase_units");
        if (units == null || units.getValueType() != JsonValue.ValueType.ARRAY || ((JsonArray) units).isEmpty()) {
            throw missing("/purchase_units");
        }
        if (((JsonArray) units).size() > 1) {
            throw PayPalError.invalidRequest("/purchase_units", "INVALID_ARRAY_MAX_ITEMS",
                    "The simulated PayPal takes exactly one purchase unit.");
        }
        if (((JsonArray) units).get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed("/purchase_units/0");
        }
        JsonObject unit = ((JsonArray) units).getJsonObject(0);
        String referenceId = string(unit, "reference_id", "/purchase_units/0/reference_id");
        if (referenceId == null || referenceId.isBlank()) {
            referenceId = "default";
        } else if (referenceId.length() > MAX_REFERENCE_ID) {
            throw PayPalError.invalidRequest("/purchase_units/0/reference_id", "INVALID_STRING_MAX_LENGTH",
                    "The value of a field is too long: at most " + MAX_REFERENCE_ID + " characters.");
        }
        String unitPointer = "/purchase_units/@reference_id=='" + referenceId + "'";
        JsonObject amount = object(unit, "amount", unitPointer + "/amount");
        if (amount == null) {
            throw missing(unitPointer + "/amount");
        }
        String currency = string(amount, "currency_code", unitPointer + "/amount/currency_code");
        if (currency == null) {
            throw missing(unitPointer + "/amount/currency_code");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw PayPalError.invalidRequest(unitPointer + "/amount/currency_code", "INVALID_PARAMETER_SYNTAX",
                    "The value of a field does not conform to the expected format: an ISO 4217 code like EUR.");
        }
        String value = string(amount, "value", unitPointer + "/amount/value");
        if (value == null) {
            throw missing(unitPointer + "/amount/value");
        }
        if (!VALUE.matcher(value).matches()) {
            throw PayPalError.invalidRequest(unitPointer + "/amount/value", "INVALID_PARAMETER_SYNTAX",
                    "The value of a field does not conform to the expected format: a decimal like \"250.00\".");
        }
        BigDecimal decimal = new BigDecimal(value);
        if (decimal.signum() <= 0) {
            throw PayPalError.unprocessable(unitPointer + "/amount/value", "CANNOT_BE_ZERO_OR_NEGATIVE",
                    "Must be greater than zero. If the currency supports decimals, only two decimal place "
                            + "precision is supported.");
        }
        if (decimal.scale() > 2) {
            throw PayPalError.unprocessable(unitPointer + "/amount/value", "DECIMAL_PRECISION",
                    "If the currency supports decimals, only two decimal place precision is supported.");
        }
        return new OrderRequest(referenceId, currency, value, card(body, currentMonth));
    }

    private static PaymentCard card(JsonObject body, YearMonth currentMonth) {
        JsonObject source = object(body, "payment_source", "/payment_source");
        JsonObject card = source == null ? null : object(source, "card", "/payment_source/card");
        if (card == null) {
            throw PayPalError.invalidRequest("/payment_source/card", "MISSING_REQUIRED_PARAMETER",
                    "The simulated PayPal captures card payments only: payment_source.card is required.");
        }
        // The number is never echoed back in an error, nor kept: only PaymentCard leaves this method.
        String number = string(card, "number", "/payment_source/card/number");
        if (number == null) {
            throw missing("/payment_source/card/number");
        }
        if (!CARD_NUMBER.matcher(number).matches()) {
            throw PayPalError.invalidRequest("/payment_source/card/number", "INVALID_PARAMETER_SYNTAX",
                    "The value of a field does not conform to the expected format: 13 to 19 digits.");
        }
        if (!PaymentCard.luhnValid(number)) {
            throw PayPalError.invalidRequest("/payment_source/card/number", "INVALID_PARAMETER_VALUE",
                    "The card number is not valid.");
        }
        String expiry = string(card, "expiry", "/payment_source/card/expiry");
        if (expiry == null) {
            throw missing("/payment_source/card/expiry");
        }
        YearMonth expires;
        try {
            if (!EXPIRY.matcher(expiry).matches()) {
                throw new DateTimeParseException("not YYYY-MM", expiry, 0);
            }
            expires = YearMonth.parse(expiry);
        } catch (DateTimeParseException e) {
            throw PayPalError.invalidRequest("/payment_source/card/expiry", "INVALID_PARAMETER_SYNTAX",
                    "The value of a field does not conform to the expected format: YYYY-MM.");
        }
        if (expires.isBefore(currentMonth)) {
            throw PayPalError.unprocessable("/payment_source/card/expiry", "CARD_EXPIRED",
                    "The card is expired.");
        }
        String securityCode = string(card, "security_code", "/payment_source/card/security_code");
        if (securityCode != null && !SECURITY_CODE.matcher(securityCode).matches()) {
            throw PayPalError.invalidRequest("/payment_source/card/security_code", "INVALID_PARAMETER_SYNTAX",
                    "The value of a field does not conform to the expected format: 3 or 4 digits.");
        }
        return PaymentCard.of(number);
    }

    private static String string(JsonObject object, String field, String pointer) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw malformed(pointer);
        }
        return text.getString();
    }

    private static JsonObject object(JsonObject object, String field, String pointer) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed(pointer);
        }
        return value.asJsonObject();
    }

    private static PayPalError missing(String pointer) {
        return PayPalError.invalidRequest(pointer, "MISSING_REQUIRED_PARAMETER",
                "A required field / parameter is missing.");
    }

    private static PayPalError malformed(String pointer) {
        return PayPalError.invalidRequest(pointer, "INVALID_PARAMETER_SYNTAX",
                "The value of a field does not conform to the expected format.");
    }
}
