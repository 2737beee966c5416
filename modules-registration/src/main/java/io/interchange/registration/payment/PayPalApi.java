package io.interchange.registration.payment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The payment provider's API as far as registration uses it (PayPal Orders v2). */
public interface PayPalApi {

    @POST
    @Path("/v1/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(@HeaderParam("Authorization") String basic, @FormParam("grant_type") String grantType);

    @POST
    @Path("/v2/checkout/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createOrder(@HeaderParam("Authorization") String bearer, @HeaderParam("PayPal-Request-Id") String requestId,
            String body);
}
