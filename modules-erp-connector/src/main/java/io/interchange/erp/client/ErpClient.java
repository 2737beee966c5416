package io.interchange.erp.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.TransientFailure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Calls the ERP's salesOrders API. Built with {@link RestClientBuilder} ({@code @Inject
 * @RestClient} breaks an EAR on Payara after a restart). A call that gets no answer throws a
 * {@link TransientFailure}; the caller decides what an unclear outcome means for its effect.
 */
@ApplicationScoped
public class ErpClient {

    public static final String SYSTEM = "erp";

    @Inject
    ErpSettings settings;

    private ErpApi api;

    /** Built on first use, so that a bad setting fails a delivery (and is recorded) rather than the bean. */
    private synchronized ErpApi api() {
        if (api == null) {
            api = connect();
        }
        return api;
    }

    private ErpApi connect() {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(settings.baseUrl()))
                .connectTimeout(settings.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeoutMs(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register((ClientRequestFilter) request ->
                        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.token()))
                .build(ErpApi.class);
    }

    @PreDestroy
    void close() {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing on undeploy; nothing to do
            }
        }
    }

    /** The sales order whose externalDocumentNumber is the shop's order number, if the ERP has one. */
    public Optional<JsonNode> findByExternalDocumentNumber(String number) {
        String filter = "externalDocumentNumber eq '" + number.replace("'", "''") + "'";
        ErpAnswer answer = call("find sales order " + number, erp -> erp.find(settings.companyId(), filter));
        HttpOutcome.check(SYSTEM, "find sales order " + number, answer.status(), answer.retryAfter(), answer.body());
        JsonNode value = read(answer.body()).path("value");
        return value.isArray() && !value.isEmpty() ? Optional.of(value.get(0)) : Optional.empty();
    }

    /** Posts a new sales order; the answer is returned unclassified (409 means "exists already"). */
    public ErpAnswer create(String salesOrderJson) {
        return call("create sales order", erp -> erp.create(settings.companyId(), salesOrderJson));
    }

    /** The sales order with its shipments and payments. */
    public JsonNode salesOrder(String id) {
        ErpAnswer answer = call("get sales order " + id, erp -> erp.get(settings.companyId(), id, "shipments,payments"));
        HttpOutcome.check(SYSTEM, "get sales order " + id, answer.status(), answer.retryAfter(), answer.body());
        return read(answer.body());
    }

    public ErpAnswer cancel(String id) {
        return call("cancel sales order " + id, erp -> erp.cancel(settings.companyId(), id));
    }

    private ErpAnswer call(String what, Function<ErpApi, Response> request) {
        try (Response response = request.apply(api())) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new ErpAnswer(response.getStatus(), body, response.getHeaderString("Retry-After"));
        } catch (ProcessingException e) {
            throw HttpOutcome.noAnswer(SYSTEM, what, e);
        }
    }

    static JsonNode read(String body) {
        try {
            return CanonicalJson.mapper().readTree(body);
        } catch (Exception e) {
            throw new TransientFailure(SYSTEM, "the ERP answered something that is not JSON");
        }
    }
}
