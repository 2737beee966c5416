package io.interchange.simulators.paypal;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.simulators.PayPalError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PayPal API as the platform's payment connector uses it: token, capture, replay, read back. */
class PayPalOrdersResourceTest {

    private static final String APPROVED = "4111111111111111";
    private static final String DECLINED = "4000000000000002";
    private static final String PROVIDER_ERROR = "4000000000009995";

    private final PayPalOrdersResource cut = new PayPalOrdersResource();
    private final PayPalAdminResource admin = new PayPalAdminResource();
    private String bearer;

    @BeforeEach
    void wire() {
        cut.tokens = new AccessTokens("paypal-client", "paypal-secret", 32400, Clock.systemUTC());
        cut.orders = new CheckoutOrders();
        cut.uri = baseUri("http://localhost:8093/");
        admin.orders = cut.orders;
        admin.tokens = cut.tokens;
        bearer = "Bearer " + cut.tokens.issue().value();
    }

    @Test
    void the_approved_test_card_is_captured_at_once() {
        Response response = create("reg-1", order("reg-1", "250.00", APPROVED));

        assertThat(response.getStatus()).isEqualTo(201);
        JsonObject order = json(response);
        assertThat(order.getString("status")).isEqualTo("COMPLETED");
        JsonObject unit = order.getJsonArray("purchase_units").getJsonObject(0);
        assertThat(unit.getString("reference_id")).isEqualTo("reg-1");
        assertThat(unit.getJsonObject("amount").getString("value")).isEqualTo("250.00");
        assertThat(unit.getJsonObject("amount").getString("currency_code")).isEqualTo("EUR");
        JsonObject capture = unit.getJsonObject("payments").getJsonArray("captures").getJsonObject(0);
        assertThat(capture.getString("id")).hasSize(17);
        assertThat(capture.getString("status")).isEqualTo("COMPLETED");
        assertThat(capture.getJsonObject("amount")).isEqualTo(unit.getJsonObject("amount"));
        assertThat(order.getJsonObject("payment_source").getJsonObject("card").getString("last_digits"))
                .isEqualTo("1111");
        assertThat(order.getJsonArray("links").getJsonObject(0).getString("href"))
                .isEqualTo("http://localhost:8093/paypal/v2/checkout/orders/" + order.getString("id"));
    }

    @Test
    void the_declined_test_card_gets_422_instrument_declined() {
        Response response = create("reg-2", order("reg-2", "250.00", DECLINED));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getStatusInfo().getReasonPhrase()).isEqualTo("Unprocessable Entity");
        JsonObject error = json(response);
        assertThat(error.getString("name")).isEqualTo("UNPROCESSABLE_ENTITY");
        assertThat(error.getJsonArray("details").getJsonObject(0).getString("issue")).isEqualTo("INSTRUMENT_DECLINED");
        JsonObject listed = admin.orders("reg-2").getJsonArray("orders").getJsonObject(0);
        assertThat(listed.getString("status")).isEqualTo("DECLINED");
        assertThat(listed.isNull("captureId")).isTrue();
    }

    @Test
    void the_provider_error_card_gets_500_and_nothing_is_captured_or_remembered() {
        Response first = create("reg-3", order("reg-3", "250.00", PROVIDER_ERROR));
        Response retry = create("reg-3", order("reg-3", "250.00", PROVIDER_ERROR));

        assertThat(first.getStatus()).isEqualTo(500);
        assertThat(json(first).getString("name")).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(retry.getStatus()).as("not a replay: the retry ran again").isEqualTo(500);
        assertThat(admin.orders(null).getInt("count")).isZero();
        assertThat(admin.summary().getInt("providerErrors")).isEqualTo(2);
    }

    @Test
    void the_same_request_id_replays_the_first_answer_and_never_captures_twice() {
        Response first = create("reg-4", order("reg-4", "250.00", APPROVED));
        Response again = create("reg-4", order("reg-4", "250.00", APPROVED));
        Response declinedFirst = create("reg-5", order("reg-5", "90.00", DECLINED));
        Response declinedAgain = create("reg-5", order("reg-5", "90.00", DECLINED));

        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getEntity()).isEqualTo(first.getEntity());
        assertThat(declinedAgain.getStatus()).isEqualTo(422);
        assertThat(declinedAgain.getEntity()).isEqualTo(declinedFirst.getEntity());
        JsonObject captured = admin.orders("reg-4");
        assertThat(captured.getInt("count")).isEqualTo(1);
        JsonObject order = captured.getJsonArray("orders").getJsonObject(0);
        assertThat(order.getString("requestId")).isEqualTo("reg-4");
        assertThat(order.getInt("replays")).isEqualTo(1);
        assertThat(order.getString("amount")).isEqualTo("250.00");
        assertThat(order.getString("currency")).isEqualTo("EUR");
        assertThat(order.getString("cardLast4")).isEqualTo("1111");
        assertThat(admin.summary().getInt("completed")).isEqualTo(1);
        assertThat(admin.summary().getInt("replays")).isEqualTo(2);
    }

    @Test
    void another_request_id_is_another_capture() {
        create("reg-6-a", order("reg-6", "10.00", APPROVED));
        create("reg-6-b", order("reg-6", "10.00", APPROVED));

        assertThat(admin.orders("reg-6").getInt("count")).isEqualTo(2);
    }

    @Test
    void a_captured_order_is_read_back() {
        String id = json(create("reg-7", order("reg-7", "250.00", APPROVED))).getString("id");

        JsonObject read = cut.order(bearer, id);

        assertThat(read.getString("id")).isEqualTo(id);
        assertThat(read.getString("status")).isEqualTo("COMPLETED");
        Response unknown = call(() -> Response.ok(cut.order(bearer, "NOSUCHORDER000000")).build());
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(json(unknown).getString("name")).isEqualTo("RESOURCE_NOT_FOUND");
    }

    @Test
    void every_call_needs_a_valid_bearer_token() {
        for (String authorization : new String[] {null, "Bearer forged", "Basic cGF5cGFsLWNsaWVudDpwYXlwYWwtc2VjcmV0"}) {
            Response response = call(() -> cut.create(authorization, "reg-8", order("reg-8", "1.00", APPROVED)));

            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(json(response).getString("name")).isEqualTo("AUTHENTICATION_FAILURE");
        }
        assertThat(call(() -> Response.ok(cut.order(null, "X")).build()).getStatus()).isEqualTo(401);
        assertThat(admin.orders(null).getInt("count")).isZero();
    }

    @Test
    void a_missing_amount_is_400_naming_the_field() {
        String body = "{\"intent\":\"CAPTURE\",\"purchase_units\":[{\"reference_id\":\"reg-9\"}],"
                + "\"payment_source\":{\"card\":{\"number\":\"" + APPROVED + "\",\"expiry\":\"2099-01\"}}}";

        Response response = create("reg-9", body);

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject error = json(response);
        assertThat(error.getString("name")).isEqualTo("INVALID_REQUEST");
        JsonObject detail = error.getJsonArray("details").getJsonObject(0);
        assertThat(detail.getString("field")).isEqualTo("/purchase_units/@reference_id=='reg-9'/amount");
        assertThat(detail.getString("issue")).isEqualTo("MISSING_REQUIRED_PARAMETER");
    }

    @Test
    void bad_card_numbers_and_expired_cards_are_refused_without_echoing_the_number() {
        Response typo = create("reg-10", order("reg-10", "1.00", "4111111111111112"));
        Response letters = create("reg-10", order("reg-10", "1.00", "4111-1111-1111-1111"));
        Response expired = create("reg-10", order("reg-10", "1.00", APPROVED).replace("2099-01", "2020-01"));

        assertThat(typo.getStatus()).isEqualTo(400);
        assertThat(issue(typo)).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(typo.getEntity().toString()).doesNotContain("4111111111111112");
        assertThat(letters.getStatus()).isEqualTo(400);
        assertThat(issue(letters)).isEqualTo("INVALID_PARAMETER_SYNTAX");
        assertThat(expired.getStatus()).isEqualTo(422);
        assertThat(issue(expired)).isEqualTo("CARD_EXPIRED");
        assertThat(admin.orders(null).getInt("count")).isZero();
    }

    @Test
    void other_invalid_bodies_get_paypal_errors() {
        assertThat(issue(create("r", "{not json " + APPROVED))).isEqualTo("MALFORMED_REQUEST_JSON");
        assertThat(json(create("r", "{not json " + APPROVED)).toString()).doesNotContain(APPROVED);
        assertThat(issue(create("r", order("r", "0.00", APPROVED)))).isEqualTo("CANNOT_BE_ZERO_OR_NEGATIVE");
        assertThat(issue(create("r", order("r", "1.001", APPROVED)))).isEqualTo("DECIMAL_PRECISION");
        assertThat(issue(create("r", order("r", "1,00", APPROVED)))).isEqualTo("INVALID_PARAMETER_SYNTAX");
        assertThat(issue(create("r", order("r", "1.00", APPROVED).replace("CAPTURE", "AUTHORIZE"))))
                .isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(issue(create("r", "{\"intent\":\"CAPTURE\",\"purchase_units\":[{\"amount\":{\"currency_code\":"
                + "\"EUR\",\"value\":\"1.00\"}}]}"))).isEqualTo("MISSING_REQUIRED_PARAMETER");
    }

    @Test
    void a_card_payment_without_a_request_id_is_refused() {
        Response response = call(() -> cut.create(bearer, null, order("reg-11", "1.00", APPROVED)));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(issue(response)).isEqualTo("PAYPAL_REQUEST_ID_REQUIRED");
    }

    @Test
    void the_card_number_never_appears_in_answers_or_the_read_back() {
        String approved = (String) create("reg-12", order("reg-12", "250.00", APPROVED)).getEntity();
        String declined = (String) create("reg-13", order("reg-13", "250.00", DECLINED)).getEntity();
        String read = cut.order(bearer, Json.createReader(new StringReader(approved)).readObject().getString("id"))
                .toString();
        String listed = admin.orders(null).toString();

        assertThat(approved + declined + read + listed)
                .doesNotContain(APPROVED, DECLINED, "2099-01", "security_code", "Ana Silva")
                .contains("1111", "0002");
    }

    private Response create(String requestId, String body) {
        return call(() -> cut.create(bearer, requestId, body));
    }

    private static Response call(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            assertThat(e).isInstanceOf(PayPalError.class);
            return e.getResponse();
        }
    }

    private static String order(String referenceId, String value, String cardNumber) {
        return "{\"intent\":\"CAPTURE\",\"purchase_units\":[{\"reference_id\":\"" + referenceId + "\",\"amount\":"
                + "{\"currency_code\":\"EUR\",\"value\":\"" + value + "\"}}],\"payment_source\":{\"card\":"
                + "{\"name\":\"Ana Silva\",\"number\":\"" + cardNumber + "\",\"expiry\":\"2099-01\","
                + "\"security_code\":\"123\",\"billing_address\":{\"address_line_1\":\"Rua A 1\","
                + "\"admin_area_2\":\"Lisboa\",\"postal_code\":\"1000-001\",\"country_code\":\"PT\"}}}}";
    }

    private static String issue(Response response) {
        return json(response).getJsonArray("details").getJsonObject(0).getString("issue");
    }

    private static JsonObject json(Response response) {
        return Json.createReader(new StringReader(response.getEntity().toString())).readObject();
    }

    private static UriInfo baseUri(String base) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBaseUriBuilder")) {
                        return UriBuilder.fromUri(base);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
