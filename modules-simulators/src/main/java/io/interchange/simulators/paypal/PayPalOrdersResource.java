package io.interchange.simulators.paypal;

import io.interchange.simulators.PayPalError;
import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import io.interchange.simulators.StoredAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * PayPal Orders v2 as the platform calls it, under {@code /paypal/v2/checkout/orders}:
 * every call needs a bearer token from {@link PayPalTokenResource}; a create carries a card and
 * a {@code PayPal-Request-Id}, is captured at once and replayed for a repeated request id.
 */
@RequestScoped
@Path(PayPalOrdersResource.PATH)
@Simulates(SimulatedSystem.PAYPAL)
@Produces(MediaType.APPLICATION_JSON)
public class PayPalOrdersResource {

    static final String PATH = "paypal/v2/checkout/orders";
    static final String REQUEST_ID = "PayPal-Request-Id";

    @Inject
    AccessTokens tokens;

    @Inject
    CheckoutOrders orders;

    @Context
    UriInfo uri;

    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(REQUEST_ID) String requestId, String body) {
        requireToken(authorization);
        OrderRequest request = OrderRequest.of(parse(body), YearMonth.now(ZoneOffset.UTC));
        if (requestId == null || requestId.isBlank()) {
            throw PayPalError.unprocessable(null, "PAYPAL_REQUEST_ID_REQUIRED",
                    "A PayPal-Request-Id is required if you are trying to process payment for an Order. Please "
                            + "specify a PayPal-Request-Id or Create the Order without a 'payment_source' specified.");
        }
        StoredAnswer answer = orders.create(requestId, request, ordersUrl());
        return Response.status(answer.status(), Problem.reasonPhrase(answer.status())).type(MediaType.APPLICATION_JSON)
                .entity(answer.body()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject order(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        requireToken(authorization);
        return PayPalJson.order(orders.completed(id).orElseThrow(PayPalError::orderNotFound), ordersUrl());
    }

    private void requireToken(String authorization) {
        if (!tokens.accepts(authorization)) {
            throw PayPalError.authenticationFailure();
        }
    }

    private String ordersUrl() {
        return uri.getBaseUriBuilder().path(PATH).build().toString();
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw PayPalError.invalidRequest(null, "MALFORMED_REQUEST_JSON",
                    "The request JSON is not well formed: the body is empty.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            // The parser's message may quote the body, and the body holds a card number: not echoed.
            throw PayPalError.invalidRequest(null, "MALFORMED_REQUEST_JSON", "The request JSON is not well formed.");
        }
    }
}
